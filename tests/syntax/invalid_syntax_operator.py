# proves: a dangling binary operator is invalid syntax
x = 1 +
