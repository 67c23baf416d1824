# proves: tpy rejects functools (not a supported module) and its decorators (mypy
# accepts both). The decorator is reported at its expression, after the '@'.
import functools  # E[tpy]:1: unsupported in tpy: module 'functools'


@functools.lru_cache(maxsize=None)  # E[tpy]:2: unsupported in tpy: decorator 'functools.lru_cache'
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)
