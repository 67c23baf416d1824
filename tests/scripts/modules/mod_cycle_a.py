# Helper: half of an import cycle with mod_cycle_b.
import mod_cycle_b
def a_value() -> int:
    return 1
def use_b() -> int:
    return mod_cycle_b.b_value() + 10
