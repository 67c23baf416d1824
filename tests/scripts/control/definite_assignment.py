# Proves: UnboundLocalError is raised exactly where CPython raises it when the
# compiler skips the check for locals that are definitely assigned (loops,
# branches, try/except/finally, del, with, boolean operators, comprehensions).
from typing import Callable


class Quiet:
    def __enter__(self) -> "Quiet":
        return self

    def __exit__(self, t: object, v: object, tb: object) -> bool:
        return True


def attempt(name: str, fn: Callable[[int], int], arg: int) -> None:
    try:
        print(name, fn(arg))
    except UnboundLocalError as e:
        print(name, "UnboundLocalError:", e)


def loop_carried(n: int) -> int:
    total = 0
    for i in range(n):
        if i > 0:
            total += prev
        prev = i
    return total


def while_del(n: int) -> int:
    x = 5
    while n > 0:
        n -= 1
        y = x
        del x
        if n == 2:
            x = 1
    return y


def after_loop(n: int) -> int:
    for i in range(n):
        last = i
    return last


def after_while_true(n: int) -> int:
    while True:
        if n > 3:
            v = n
            break
        n += 1
    return v


def if_else_both(n: int) -> int:
    if n > 0:
        a = 1
    else:
        a = 2
    return a


def if_return(n: int) -> int:
    if n > 0:
        a = 1
    else:
        return -1
    return a


def try_partial(n: int) -> int:
    try:
        a = 10 // n
        b = a + 1
    except ZeroDivisionError:
        return b
    return b


def try_del_handler(n: int) -> int:
    a = 1
    try:
        del a
        r = 10 // n
    except ZeroDivisionError:
        return a
    return r


def handler_name(n: int) -> int:
    try:
        _ = 1 // n
    except ZeroDivisionError as e:
        print("caught", e)
    return len(str(e))


def finally_sees(n: int) -> int:
    a = 1
    try:
        del a
        if n == 0:
            raise ValueError("x")
        a = 2
    finally:
        print("finally", n)
        b = a
    return b


def del_twice(n: int) -> int:
    a = n
    del a
    if n > 1:
        a = 3
    del a
    return n


def with_swallow(n: int) -> int:
    with Quiet():
        if n == 0:
            raise KeyError(n)
        w = n
    return w


def walrus_or(n: int) -> int:
    if n > 5 or (k := n * 2) > 0:
        return k
    return k


def walrus_and(n: int) -> int:
    if (k := n) > 0 and n > 1:
        return k
    return k


def comprehension_walrus(n: int) -> int:
    xs = [(m := i) for i in range(n)]
    return m + len(xs)


def ifexp(n: int) -> int:
    r = (q := 1) if n > 0 else 0
    return q + r


def param_del(n: int) -> int:
    del n
    return n


def closure_read(n: int) -> int:
    def inner() -> int:
        return c
    if n > 0:
        c = n
    return inner()


def continue_path(n: int) -> int:
    out = 0
    for i in range(n):
        if i % 2 == 0:
            t = i
            continue
        out += t
    return out


for arg in (0, 1, 3, 7):
    print("-- arg", arg)
    attempt("loop_carried", loop_carried, arg)
    attempt("while_del", while_del, arg)
    attempt("after_loop", after_loop, arg)
    attempt("after_while_true", after_while_true, arg)
    attempt("if_else_both", if_else_both, arg)
    attempt("if_return", if_return, arg)
    attempt("try_partial", try_partial, arg)
    attempt("try_del_handler", try_del_handler, arg)
    attempt("handler_name", handler_name, arg)
    try:
        attempt("finally_sees", finally_sees, arg)
    except ValueError as ve:
        print("ValueError", ve)
    attempt("del_twice", del_twice, arg)
    attempt("with_swallow", with_swallow, arg)
    attempt("walrus_or", walrus_or, arg)
    attempt("walrus_and", walrus_and, arg)
    attempt("comprehension_walrus", comprehension_walrus, arg)
    attempt("ifexp", ifexp, arg)
    attempt("param_del", param_del, arg)
    try:
        attempt("closure_read", closure_read, arg)
    except NameError as ne:
        print("NameError", ne)
    attempt("continue_path", continue_path, arg)
