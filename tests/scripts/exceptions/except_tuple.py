# Proves: except with a tuple of exception types.
for i in range(3):
    try:
        if i == 0:
            raise KeyError("k")
        elif i == 1:
            raise IndexError("i")
        else:
            raise TypeError("t")
    except (KeyError, IndexError) as e:
        print("lookup", repr(e))
    except TypeError as e:
        print("type", e)
