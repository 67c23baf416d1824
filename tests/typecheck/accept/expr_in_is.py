# proves: in / not in on str, list, dict, set, tuple; is / is not on None and objects
assert "ell" in "hello" and "z" not in "hello"
assert 2 in [1, 2] and 3 not in (1, 2)
assert "k" in {"k": 1} and 1 in {1}
a: list[int] = []
b = a
assert a is b and a is not [] and None is None
o: object = None
assert o is None
