# proves: a numeric literal cannot end with '_'
x = 1_
