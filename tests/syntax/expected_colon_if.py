# proves: 'if' without ':' gives "expected ':'"
x = 1
if x > 0
    x = 2
