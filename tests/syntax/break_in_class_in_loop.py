# proves: 'break' in a class body inside a loop is still outside a loop
for i in range(2):
    class C:
        break
