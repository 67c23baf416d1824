# proves: tpy rejects `@=` too (mypy accepts it); reported at the statement's column.
class M:
    def __matmul__(self, other: "M") -> "M":
        return self


m = M()
m @= M()  # E[tpy]:1: unsupported in tpy: '@' operator
