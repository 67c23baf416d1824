# Proves: nested tuples, tuples inside lists, repr of one-element tuples.
t = ((1, 2), (3, (4, 5)), ())
print(t, t[1][1][0], len(t[2]))
pairs = [(i, i * i) for i in range(4)]
print(pairs, [p[1] for p in pairs])
print(((1,),), (("x",),))
