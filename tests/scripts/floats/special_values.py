# Proves: printing and comparing nan, inf, -inf and -0.0.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -0.0, 0.0)
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan, inf == inf)
print(-0.0 == 0.0, str(-0.0), repr(-0.0))
print(float("-inf"), float("Infinity"), float("  1.5  "), float("1e3"), float("-0"))
print(inf - inf, inf * 0, 0.0 * -1)
print(int(2.0 ** 60), int(-1e20))
