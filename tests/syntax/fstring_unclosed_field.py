# proves: an f-string '{' needs its '}'
x = 1
y = f'{x'
