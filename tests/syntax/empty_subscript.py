# proves: a subscript needs an index
x = [1]
y = x[]
