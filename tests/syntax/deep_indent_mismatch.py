# proves: indentation mismatch several levels deep
for i in range(2):
    for j in range(2):
        if i:
            pass
   x = 1
