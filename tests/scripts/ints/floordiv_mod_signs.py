# Proves: // and % round toward negative infinity for all sign combinations.
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
print((10 ** 20) // -3, (10 ** 20) % -3)
print(-(10 ** 20) // 7, -(10 ** 20) % 7)
print(divmod(-(2 ** 80), 12345))
