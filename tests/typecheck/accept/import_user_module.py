# proves: `import mod` of a user module beside the script: functions, classes, constants
import mod_geometry

c = mod_geometry.Circle(2.0)
assert c.area() > 12.56
assert mod_geometry.distance(0, 0, 3, 4) == 5.0
assert mod_geometry.UNIT == 1.0
