# Proves: an exception raised in __init__ propagates; the half-built object is discarded.
class Conn:
    def __init__(self, port: int) -> None:
        if port < 0:
            raise ValueError(f"bad port {port}")
        self.port = port
print(Conn(80).port)
Conn(-1)
