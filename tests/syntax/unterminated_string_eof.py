# proves: a string still open at end of file
x = "abc