# proves: weakref.ref, callbacks, WeakValueDictionary and finalize
import gc
import weakref


class Obj:
    def __init__(self, n: int) -> None:
        self.n = n


died: list[str] = []


def on_death(r: "weakref.ref[Obj]") -> None:
    died.append("dead")


o = Obj(1)
r = weakref.ref(o, on_death)
target = r()
assert target is not None and target.n == 1
del target
cache: weakref.WeakValueDictionary[str, Obj] = weakref.WeakValueDictionary()
cache["a"] = o
assert "a" in cache
log: list[str] = []
weakref.finalize(o, log.append, "finalized")
del o
gc.collect()
assert r() is None and died == ["dead"] and "a" not in cache and log == ["finalized"]
