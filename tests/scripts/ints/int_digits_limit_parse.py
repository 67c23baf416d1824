# Proves: parsing a str of more than 4300 digits raises ValueError.
s = "1" * 4300
print(len(str(int(s))))
print(int(s + "1"))
