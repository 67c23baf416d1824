# proves: a starred expression alone is not an expression
x = *[1, 2]
