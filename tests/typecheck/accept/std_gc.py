# proves: the gc module: collect, enable/disable, isenabled, thresholds, counts
import gc


class Cycle:
    def __init__(self) -> None:
        self.me: "Cycle | None" = None


c = Cycle()
c.me = c
del c
assert gc.collect() >= 1
gc.disable()
assert not gc.isenabled()
gc.enable()
assert gc.isenabled()
assert len(gc.get_threshold()) == 3 and len(gc.get_count()) == 3
gc.set_threshold(700, 10, 10)
assert gc.is_tracked([]) and not gc.is_tracked(1)
