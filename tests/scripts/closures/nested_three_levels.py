# Proves: closures across three nesting levels read and write outer variables.
def a() -> int:
    x = 1
    def b() -> int:
        y = 10
        def c() -> int:
            nonlocal x
            x += y
            return x
        c()
        return c()
    return b() + x
print(a())
