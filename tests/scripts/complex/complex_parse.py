# Proves: complex() from strings and numbers; hash of complex with zero imag.
print(complex("1+2j"), complex("3j"), complex(" -1.5-2j "), complex(2), complex(2.5))
print(hash(complex(3, 0)) == hash(3), complex(1, 2) == complex("1+2j"))
print(complex("abc"))
