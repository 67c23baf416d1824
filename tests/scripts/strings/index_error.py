# Proves: indexing a str out of range raises IndexError: string index out of range.
s = "abc"
print(s[2])
print(s[3])
