# proves: an unterminated triple-quoted string is reported where it starts
x = 1
s = """abc

def
