# proves: 'yield' in a class body is outside a function
class C:
    x = yield 1
