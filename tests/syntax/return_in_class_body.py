# proves: 'return' in a class body is outside a function
class C:
    return 1
