# Proves: slices with negative indices and steps, out-of-range slices.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-2], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:2])
print(s[3], s[-1])
