# Proves: finally runs on return, and a return in finally overrides.
def f() -> str:
    try:
        return "try"
    finally:
        print("finally runs")
def g() -> str:
    try:
        raise ValueError("x")
    finally:
        return "finally wins"
print(f())
print(g())
