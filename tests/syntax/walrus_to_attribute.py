# proves: the walrus target must be a plain name
class C:
    pass
c = C()
if (c.x := 1):
    pass
