# Proves: an exception inside __add__ propagates with its own message.
class Bad:
    def __add__(self, o: "Bad") -> "Bad":
        raise ArithmeticError("cannot add Bad")
b = Bad()
print(type(b).__name__)
b + b
