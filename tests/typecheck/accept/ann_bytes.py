# proves: bytes annotations, bytes literals, indexing gives int
def first(b: bytes) -> int:
    return b[0]


data: bytes = b"hello"
assert first(data) == 104
assert data + b"!" == b"hello!"
assert len(data) == 5
assert "hé".encode("utf-8").decode("utf-8") == "hé"
