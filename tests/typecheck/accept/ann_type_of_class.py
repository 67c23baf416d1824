# proves: type[C] annotations: passing and calling a class object
class Animal:
    def sound(self) -> str:
        return "..."


class Dog(Animal):
    def sound(self) -> str:
        return "woof"


def make(kind: type[Animal]) -> Animal:
    return kind()


assert make(Dog).sound() == "woof"
assert make(Animal).sound() == "..."
k: type[Animal] = Dog
assert k.__name__ == "Dog"
