# proves: 'else' must follow a block statement
x = 1
else:
    x = 2
