# proves: return with a value, bare return in None functions, returns in every branch
def sign(n: int) -> int:
    if n > 0:
        return 1
    elif n < 0:
        return -1
    return 0


def log_if(flag: bool, out: list[str]) -> None:
    if not flag:
        return
    out.append("logged")


def pair(a: int) -> tuple[int, int]:
    return a, -a


o: list[str] = []
log_if(False, o)
log_if(True, o)
assert sign(-5) == -1 and sign(0) == 0 and o == ["logged"] and pair(2) == (2, -2)
