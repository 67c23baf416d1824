# proves: the unclosed bracket is reported at its own line even many lines later
x = [
    1,
    2,
    3,

y = 4
z = 5
