# proves: string concatenation, repetition, comparison, iteration and methods
s = "ab" * 3
assert s == "ababab" and s.count("ab") == 3
assert "x" + "y" == "xy" and "abc" < "abd"
assert [c for c in "hi"] == ["h", "i"]
assert "Hello World".title() == "Hello World" and "a-b".partition("-") == ("a", "-", "b")
assert "  pad".lstrip() == "pad" and "x".center(3, "*") == "*x*" and "7".zfill(3) == "007"
assert "abc".isalpha() and "12".isdigit() and " ".isspace()
assert "a\tb".expandtabs(4) == "a   b" and "l1\nl2".splitlines() == ["l1", "l2"]
assert "abc".endswith(("c", "d")) and "é".encode() == b"\xc3\xa9"
