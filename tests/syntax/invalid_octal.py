# proves: leading zeros in a decimal literal are rejected
x = 0777
