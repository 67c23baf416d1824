# proves: a starred target alone must be in a list or tuple
*a = [1, 2]
