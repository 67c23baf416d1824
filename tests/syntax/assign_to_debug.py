# proves: __debug__ cannot be assigned
__debug__ = 1
