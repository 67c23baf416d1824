# proves: a ')' with no '(' is reported
x = 1)
