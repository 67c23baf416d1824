# __hash__ results: kept when they fit in 64 bits, -1 becomes -2, bigger ones reduced.
class H:
    def __hash__(self) -> int:
        return -1
class G:
    def __hash__(self) -> int:
        return 2**64 + 5
class K:
    def __hash__(self) -> int:
        return 2**62
print(hash(H()), hash(G()), hash(K()))
