# proves: augmented assignments are checked like the binary operator
x = 1
x += "a"  # E:6: Unsupported operand types for + ("int" and "str")
s = "a"
s -= "b"  # E:1: Unsupported left operand type for - ("str")
