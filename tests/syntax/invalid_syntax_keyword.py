# proves: a keyword used as an expression is invalid syntax
x = class
