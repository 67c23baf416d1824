# proves: --strict rejects `in` checks whose element can never be in the container
def f(name: str, ids: list[int], table: dict[str, int]) -> bool:
    return name in ids or 3 in table  # E:12: Non-overlapping container check (element type: "str", container item type: "int") # E:27: Non-overlapping container check (element type: "int", container item type: "str")
