# proves: an unclosed '(' is reported at the opening bracket
x = 1
y = (1,
     2
z = 3
