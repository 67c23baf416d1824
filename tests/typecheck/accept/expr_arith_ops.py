# proves: + - * / // % ** on int and float, with Python's sign rules
a = 17
b = 5
assert a + b == 22 and a - b == 12 and a * b == 85
assert a / b == 3.4 and a // b == 3 and a % b == 2
assert -a // b == -4 and -a % b == 3
assert 2 ** 10 == 1024 and 2 ** -1 == 0.5
assert 7.5 // 2 == 3.0 and 7.5 % 2 == 1.5
assert 2.0 ** 0.5 > 1.41
x = 10
x -= 3
x *= 2
x //= 3
x %= 3
x **= 3
assert x == 1
f = 1.0
f /= 4
assert f == 0.25
assert divmod(17, 5) == (3, 2) and abs(-3) == 3 and round(2.675, 2) == 2.67
assert pow(2, 5) == 32 and pow(3, 4, 5) == 1
