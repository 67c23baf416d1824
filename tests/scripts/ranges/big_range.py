# Proves: huge ranges are lazy (len, index, in on 10**18 items); len() beyond ssize_t raises OverflowError.
r = range(10 ** 18)
print(len(r), r[-1], 10 ** 17 in r, r[10 ** 17])
r2 = range(-5, 10 ** 20, 7)
print(r2[3], r2[-1], 10 ** 19 in r2)
print(len(range(2 ** 64)))
