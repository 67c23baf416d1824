# proves: tpy rejects the `@` operator (mypy accepts it with __matmul__); reported at
# the start of the operator expression.
class M:
    def __matmul__(self, other: "M") -> "M":
        return self


m = M()
r = m @ M()  # E[tpy]:5: unsupported in tpy: '@' operator
