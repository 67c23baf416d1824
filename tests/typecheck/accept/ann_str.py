# proves: str annotations and common str methods
def shout(s: str) -> str:
    return s.upper() + "!"


name: str = "tpy"
msg = shout(name)
assert msg == "TPY!"
assert msg.lower().startswith("tpy")
assert ",".join(["a", "b"]).split(",") == ["a", "b"]
assert "  x ".strip() == "x"
assert "abc".find("c") == 2 and "abc".replace("b", "B") == "aBc"
