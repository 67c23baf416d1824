# proves: digits run into letters form an invalid decimal literal
x = 12abc
