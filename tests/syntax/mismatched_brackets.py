# proves: closing '[' with ')' is reported
x = [1, 2)
