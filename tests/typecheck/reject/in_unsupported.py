# proves: `in` needs a container on the right
x = 1 in 5  # E:5: Unsupported right operand type for in ("int")
