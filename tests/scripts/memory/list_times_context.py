# Proves: [None] * n assigned to a list[object] variable (type from context).
aa: list[object] = [None] * 3
aa[0] = "x"
print(aa)
