# Proves: round() on ints with negative ndigits uses half-even.
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2))
print(round(7), round(7, 2))
