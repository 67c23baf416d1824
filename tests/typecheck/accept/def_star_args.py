# proves: annotated *args and **kwargs, and splatting lists and dicts into calls
def total(*nums: int) -> int:
    return sum(nums)


def render(**attrs: str) -> str:
    return " ".join(k + "=" + v for k, v in sorted(attrs.items()))


def point(x: int, y: int) -> int:
    return x * 10 + y


args = [1, 2]
kw = {"x": 3, "y": 4}
assert total() == 0 and total(1, 2, 3) == 6 and total(*args) == 3
assert render(b="2", a="1") == "a=1 b=2"
assert point(*args) == 12 and point(**kw) == 34
