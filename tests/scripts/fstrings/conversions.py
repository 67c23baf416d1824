# Proves: !r, !s, !a conversions in f-strings.
s = "héllo"
print(f"{s!r} {s!s} {s!a} {[s]!s}")
class C:
    def __repr__(self) -> str:
        return "C()"
print(f"{C()} {C()!r} {C()!s}")
