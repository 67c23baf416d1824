# Proves: passing asserts do nothing; assert with a message fails with AssertionError: message.
x = 5
assert x == 5
assert x > 0, "positive"
print("asserts passed")
assert x < 0, f"x was {x}"
