# proves: calling a value that is not callable is rejected
x = 1
x()  # E:1: "int" not callable
s = "abc"
s(1)  # E:1: "str" not callable
