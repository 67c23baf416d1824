# proves: a bad dedent deep in a nested block
def f() -> None:
    if True:
        x = 1
      y = 2
