# proves: the innermost unclosed bracket is the one reported
x = foo(1, [2, 3]
y = 2
