# proves: numeric literals cannot contain '__'
x = 1__000
