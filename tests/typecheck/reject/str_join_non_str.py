# proves: str.join needs an iterable of str
s = ",".join([1, 2])  # E:15: List item 0 has incompatible type "int"; expected "str" # E:18: List item 1 has incompatible type "int"; expected "str"
