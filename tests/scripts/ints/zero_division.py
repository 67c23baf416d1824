# Proves: integer division by zero raises ZeroDivisionError: division by zero.
a = 10
b = 0
print(a + b)
print(a // b)
