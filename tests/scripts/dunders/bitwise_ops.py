# Proves: __and__, __or__, __xor__, __invert__, __lshift__ on a bitset class.
class Bits:
    def __init__(self, v: int) -> None:
        self.v = v
    def __and__(self, o: "Bits") -> "Bits":
        return Bits(self.v & o.v)
    def __or__(self, o: "Bits") -> "Bits":
        return Bits(self.v | o.v)
    def __xor__(self, o: "Bits") -> "Bits":
        return Bits(self.v ^ o.v)
    def __invert__(self) -> "Bits":
        return Bits(~self.v & 0xFF)
    def __lshift__(self, n: int) -> "Bits":
        return Bits(self.v << n)
    def __repr__(self) -> str:
        return bin(self.v)
a = Bits(0b1100)
b = Bits(0b1010)
print(a & b, a | b, a ^ b, ~a, a << 2)
