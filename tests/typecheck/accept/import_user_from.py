# proves: `from mod import name as alias` of a user module beside the script
from mod_geometry import Circle, distance as dist

assert dist(1, 1, 1, 2) == 1.0
circles: list[Circle] = [Circle(1.0)]
assert circles[0].r == 1.0
