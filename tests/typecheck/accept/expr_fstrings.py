# proves: f-strings with expressions, format specs, !r / !s, nested specs and = debug
name = "tpy"
pi = 3.14159
n = 42
width = 8
assert f"hi {name}!" == "hi tpy!"
assert f"{pi:.2f}" == "3.14" and f"{n:05d}" == "00042" and f"{n:x}" == "2a"
assert f"{name!r}" == "'tpy'" and f"{name!s}" == "tpy"
assert f"{n:>{width}}" == "      42" and f"{name:^7}" == "  tpy  "
assert f"{1000000:,}" == "1,000,000" and f"{0.5:.0%}" == "50%"
assert f"{n + 1} {'q'}" == "43 q" and f"{{braces}}" == "{braces}"
assert f"{n=}" == "n=42"
assert f"{pi:10.3e}" == " 3.142e+00"
