# Helper: half of an import cycle with mod_cycle_a.
import mod_cycle_a
def b_value() -> int:
    return 2
def use_a() -> int:
    return mod_cycle_a.a_value() + 20
