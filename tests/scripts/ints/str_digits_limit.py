# Proves: converting an int with more than 4300 digits to str raises ValueError.
n = 10 ** 4299
print(len(str(n)))
m = 10 ** 4300
print(str(m))
