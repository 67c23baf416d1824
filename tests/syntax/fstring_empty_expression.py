# proves: an f-string replacement field needs an expression
x = f'{}'
