# proves: a keyword argument cannot be repeated
print(sep='', sep='')
