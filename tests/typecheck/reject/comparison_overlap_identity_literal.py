# proves: identity and literal comparisons that can never hold are rejected; operands print as Literal[...]
def f(code: str, count: int) -> bool:
    return code == 404 or count is "x"  # E:12: Non-overlapping equality check (left operand type: "str", right operand type: "Literal[404]") # E:27: Non-overlapping identity check (left operand type: "int", right operand type: "Literal['x']")
