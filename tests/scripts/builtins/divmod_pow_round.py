# Proves: divmod, pow (with modulus), round on ints and floats.
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 10), pow(2, 10, 1000), pow(2.0, 0.5), pow(-2, 3), pow(7, -1, 13))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(123, -1))
