# Proves: single inheritance, method overriding, super() calls, isinstance.
class Animal:
    def __init__(self, name: str) -> None:
        self.name = name
    def speak(self) -> str:
        return "..."
    def describe(self) -> str:
        return f"{self.name} says {self.speak()}"
class Dog(Animal):
    def __init__(self, name: str, breed: str) -> None:
        super().__init__(name)
        self.breed = breed
    def speak(self) -> str:
        return "woof"
class Puppy(Dog):
    def speak(self) -> str:
        return super().speak() + "!"
for a in [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")]:
    print(a.describe(), isinstance(a, Dog), type(a).__name__)
