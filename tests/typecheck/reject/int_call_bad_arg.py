# proves: constructing a builtin with the wrong argument type is rejected
n = int([1])  # E:5: No overload variant of "int" matches argument type "List[int]"
