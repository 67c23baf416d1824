# Proves: __doc__ of modules, functions, methods and classes comes from their docstrings (verbatim), None without one; __name__ and __file__ name the running module.
"""Module docstring
   spanning lines."""
import os
import mod_doc


def f() -> int:
    """Return forty-two.

    Indented second paragraph stays verbatim.
    """
    return 42


def no_doc() -> None:
    x = 1
    "not a docstring"


def fstr_first() -> None:
    f"{1} not a docstring either"


class C:
    """A class docstring."""

    def m(self) -> None:
        """Method doc."""


class D:
    x: int = 0


print(__doc__)
print(repr(f.__doc__))
print(no_doc.__doc__, fstr_first.__doc__)
print(C.__doc__, D.__doc__)
print(C.m.__doc__, C().m.__doc__)
print(mod_doc.__doc__, mod_doc.g.__doc__)
print(__name__, mod_doc.__name__, f.__module__)
print(os.path.basename(__file__), os.path.isabs(__file__))
print(os.path.basename(mod_doc.__file__), os.path.isabs(mod_doc.__file__))
print((lambda: 0).__doc__)
