# proves: unary -, +, ~ and not
x = 5
assert -x == -5 and +x == 5 and ~x == -6 and not (x == 4)
y = -2.5
assert -y == 2.5
assert not []
