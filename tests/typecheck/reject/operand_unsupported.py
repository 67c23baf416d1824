# proves: operators between incompatible types are rejected
x = 1 + "a"  # E:9: Unsupported operand types for + ("int" and "str")
y = "a" - "b"  # E:5: Unsupported left operand type for - ("str")
z = [1] * "2"  # E:11: Unsupported operand types for * ("List[int]" and "str")
