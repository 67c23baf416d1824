# proves: an indented statement at module level is an IndentationError
x = 1
    y = 2
