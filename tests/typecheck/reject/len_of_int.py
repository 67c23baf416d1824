# proves: builtin calls are checked against their signatures
n = len(5)  # E:9: Argument 1 to "len" has incompatible type "int"; expected "Sized"
