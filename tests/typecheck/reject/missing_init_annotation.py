# proves: __init__ without annotations is rejected
class C:
    def __init__(self, v):  # E:5: Function is missing a type annotation
        self.v = v
