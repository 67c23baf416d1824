# Proves: WeakValueDictionary (as a cache) and WeakKeyDictionary drop entries the moment a referent dies; their mapping methods behave as CPython's.
import weakref


class Image:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Image({self.name!r})"


cache: weakref.WeakValueDictionary[str, Image] = weakref.WeakValueDictionary()


def load(name: str) -> Image:
    img = cache.get(name)
    if img is None:
        print("loading", name)
        img = Image(name)
        cache[name] = img
    return img


a = load("a")
b = load("b")
a2 = load("a")
print(a is a2, len(cache), sorted(cache.keys()), "a" in cache, "z" in cache)
del a, a2
print(len(cache), list(cache), "a" in cache)
print(cache.get("a"), cache.get("a", b))
try:
    print(cache["a"])
except KeyError as e:
    print("KeyError", e)
c = load("c")
print(sorted(cache.items(), key=lambda kv: kv[0]))
print(sorted(v.name for v in cache.values()))
print(len(cache.valuerefs()), cache.setdefault("b", c) is b)
print(cache.pop("c") is c, len(cache), cache.pop("c", None))
cache["b"] = c   # rebinding: the old ref's death must not delete the new entry
del b
print(cache["b"] is c, len(cache))
cp = cache.copy()
print(type(cp).__name__, len(cp))
del c
print(len(cache), len(cp))
for i in range(3):
    cache[str(i)] = Image(str(i))    # dies at once
print(len(cache))
keep = [Image(str(i)) for i in range(5)]
for im in keep:
    cache[im.name] = im
for k in cache.keys():
    keep.pop()                        # values die during iteration
print(len(cache))
del keep

# WeakKeyDictionary: data attached to objects without touching them.
notes: weakref.WeakKeyDictionary[Image, str] = weakref.WeakKeyDictionary()
x, y = Image("x"), Image("y")
notes[x] = "first"
notes[y] = "second"
print(len(notes), notes[x], x in notes, Image("x") in notes, sorted(notes.values()))
notes[x] = "again"
print(len(notes), notes.get(x), [k.name for k in notes.keys()])
del x
print(len(notes), [k.name for k, v in notes.items()], len(notes.keyrefs()))
print(notes.pop(y), len(notes))
one: object = 1
print(one in notes)
try:
    notes[1] = "int key"  # type: ignore[index]
except TypeError as e:
    print("TypeError:", e)
print(y in notes)
print(repr(cache).startswith("<WeakValueDictionary at 0x"))
