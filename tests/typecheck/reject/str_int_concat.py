# proves: str + int is rejected (no implicit conversion)
n = 5
msg = "n=" + n  # E:14: Unsupported operand types for + ("str" and "int")
