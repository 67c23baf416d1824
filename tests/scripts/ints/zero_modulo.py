# Proves: integer modulo by zero raises ZeroDivisionError: integer modulo by zero.
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print("caught:", e)
try:
    print(divmod(5, 0))
except ZeroDivisionError as e:
    print("caught:", e)
print(5 % 0)
