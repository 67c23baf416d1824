# proves: a generator expression argument must be parenthesized when not alone
x = sum(i for i in range(3), 1)
