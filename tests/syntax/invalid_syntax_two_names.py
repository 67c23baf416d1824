# proves: two names side by side are invalid syntax
x = 1
x y
