# proves: 'return' at module level is a SyntaxError
x = 1
return x
