# Proves: %-formatting of floats: precision, e/g, width, and rounding half-even.
for v in (0.5, 1.5, 2.5, 0.125, 1e-10, 123456789.0, -0.0):
    print("%.0f %.2f %e %g %10.3g|" % (v, v, v, v, v))
