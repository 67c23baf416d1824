# proves: a block header must be followed by an indented block
def f() -> None:
x = 1
