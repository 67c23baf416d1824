# proves: only one starred expression is allowed in an assignment
*a, *b = [1, 2]
