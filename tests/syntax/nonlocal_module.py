# proves: 'nonlocal' at module level is a SyntaxError
x = 1
nonlocal x
