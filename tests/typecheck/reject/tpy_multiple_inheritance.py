# proves: tpy rejects multiple inheritance (mypy accepts it); single inheritance
# keeps the object layout simple. Reported at the class statement.
class A:
    pass


class B:
    pass


class C(A, B):  # E[tpy]:1: unsupported in tpy: multiple inheritance
    pass
