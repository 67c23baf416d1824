# proves: 'import *' is allowed only at module level
def f() -> None:
    from math import *
