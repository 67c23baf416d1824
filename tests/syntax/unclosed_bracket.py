# proves: an unclosed '[' at end of file is reported at the bracket
items = [1, 2,
         3
