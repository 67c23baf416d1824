# proves: positional-only parameters (before `/`)
def clamp(v: int, /, lo: int = 0, hi: int = 10) -> int:
    return max(lo, min(hi, v))


assert clamp(15) == 10 and clamp(-3, lo=-1) == -1
