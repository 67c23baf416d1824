# Proves: upper/lower/title/capitalize/swapcase/casefold, including non-ASCII.
s = "hello World ß"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("ÉCOLE".lower(), "straße".upper())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "  ".isspace(), "Ab".istitle(), "AB".isupper(), "ab".islower())
print("x".isidentifier(), "1x".isidentifier(), "٣".isdecimal(), "½".isnumeric())
