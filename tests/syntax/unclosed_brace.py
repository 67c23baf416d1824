# proves: an unclosed '{' is reported at the brace
d = {1: 2,
