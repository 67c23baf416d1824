# Proves: items die in CPython's order (tuple and list: last first; dict: first first), and frames unwound by an exception die innermost first.
class R:
    def __init__(self, n: str) -> None:
        self.n = n

    def __del__(self) -> None:
        print("destroy", self.n)


t = (R("t0"), R("t1"), R("t2"))
del t
lst = [R("l0"), R("l1"), R("l2")]
del lst
lst2 = [R("c0"), R("c1")]
lst2.clear()
d = {1: R("d1"), 2: R("d2")}
del d
print("containers done")


def level3() -> None:
    r = R("level3")
    raise KeyError("k")


def level2() -> None:
    r = R("level2")
    level3()


def level1() -> None:
    r = R("level1")
    level2()


try:
    level1()
except KeyError:
    print("caught")
print("end")
