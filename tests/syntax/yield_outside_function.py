# proves: 'yield' at module level is a SyntaxError
yield 1
