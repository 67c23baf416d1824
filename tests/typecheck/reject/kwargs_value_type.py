# proves: every keyword collected by an annotated **kwargs is checked
def render(**attrs: str) -> str:
    return ""


render(a="x", b=2)  # E:17: Argument "b" to "render" has incompatible type "int"; expected "str"
