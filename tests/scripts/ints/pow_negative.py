# Proves: int ** negative int gives a float; 0 ** -1 raises ZeroDivisionError.
print(2 ** -1, 10 ** -3, (-2) ** -3)
print(pow(2, 10), pow(3, 4, 5), pow(2, 100, 1000007))
print(0 ** -1)
