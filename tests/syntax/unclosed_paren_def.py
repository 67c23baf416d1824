# proves: an unclosed parameter list is reported at its '('
def f(a: int,
      b: int -> None:
    pass
