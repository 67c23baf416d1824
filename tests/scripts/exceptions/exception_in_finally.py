# Proves: an exception raised in finally replaces the one in flight.
try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print("got", repr(e), repr(e.__context__))
