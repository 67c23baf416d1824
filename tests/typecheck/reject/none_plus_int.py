# proves: None has no arithmetic
x = None
y = x + 1  # E:5: Unsupported operand types for + ("None" and "int")
