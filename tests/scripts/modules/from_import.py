# Proves: from helper import names binds them in the importing module.
from mod_helper import double, Shape, GREETING
from mod_helper import bump as b
print(double(5), Shape("tri").describe(), GREETING)
print(b(), b())
