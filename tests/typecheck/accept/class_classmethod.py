# proves: @classmethod alternative constructors
class Temp:
    def __init__(self, celsius: float) -> None:
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Temp":
        return cls((f - 32) * 5 / 9)


t = Temp.from_fahrenheit(212)
assert t.celsius == 100.0
