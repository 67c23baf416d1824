# Proves: factorial, gcd, lcm, isqrt, comb, perm with bignum results.
import math
print(math.factorial(50))
print(math.factorial(0), math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.isqrt(10 ** 20 + 1))
print(math.comb(100, 50), math.perm(10, 3), math.prod([1, 2, 3, 4]))
