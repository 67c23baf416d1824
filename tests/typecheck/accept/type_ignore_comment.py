# proves: `# type: ignore[...]` silences an error on its line
def f(x: int) -> int:
    return x


y: str = f(1)  # type: ignore[assignment]
z = f("no")  # type: ignore[arg-type]
assert y == 1 and z == "no"  # type: ignore[comparison-overlap]
