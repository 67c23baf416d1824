# Proves: assignment, rebinding, augmented assignment on module-level variables.
x = 10
y = x
x = x + 5
x += 1
x -= 2
x *= 3
x //= 4
x %= 7
print(x, y)
s = "ab"
s += "cd"
s *= 2
print(s)
