# proves: unary operators are checked
x = -"a"  # E:5: Unsupported operand type for unary - ("str")
y = ~1.5  # E:5: Unsupported operand type for ~ ("float")
