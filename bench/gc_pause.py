# Times a full collection (gc.collect()) on a heap of ~1 000 000 tracked
# objects that are all reachable: 500 000 small lists, each holding one
# two-field instance (the pause a program pays when nothing is garbage).
# Run with tpy and with python3; both print the best of 5 pauses in ms.
import gc
import time


class Pair:
    def __init__(self, a: int, b: object) -> None:
        self.a = a
        self.b = b


heap: list[list[Pair]] = []
for i in range(500000):
    heap.append([Pair(i, None)])
gc.collect()
best = 1e9
for _ in range(5):
    t0 = time.perf_counter()
    gc.collect()
    dt = time.perf_counter() - t0
    if dt < best:
        best = dt
print("tracked objects:", len(gc.get_objects()) // 100000 * 100000, "(rounded)")
print("full collection: %.1f ms" % (best * 1000))
