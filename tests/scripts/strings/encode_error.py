# Proves: encoding a non-ASCII str as ascii raises UnicodeEncodeError.
print("é".encode("ascii"))
