# proves: a truncated \x escape in a str literal is rejected
x = '\x1'
