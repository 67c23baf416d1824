# proves: a single-quoted string must end on its line
x = 'abc
y = 1
