# proves: an f-string field with an unclosed '(' is rejected
x = 1
y = f'{(x}'
