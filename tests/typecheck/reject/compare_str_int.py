# proves: ordering comparison between str and int is rejected
ok = "a" < 1  # E:12: Unsupported operand types for < ("str" and "int")
