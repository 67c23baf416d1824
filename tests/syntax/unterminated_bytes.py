# proves: an unterminated bytes literal is reported like a string
x = b'abc
