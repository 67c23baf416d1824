# proves: properties with setters and validation, classmethod alternative constructors, staticmethod helpers, __str__/__format__-free formatting
class Temperature:
    def __init__(self, celsius: float = 0.0) -> None:
        self._celsius = celsius

    @property
    def celsius(self) -> float:
        return self._celsius

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self) -> float:
        return self._celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Temperature":
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def describe(c: float) -> str:
        return "cold" if c < 10 else "mild" if c < 25 else "hot"

    def __str__(self) -> str:
        return f"{self._celsius:.1f}°C / {self.fahrenheit:.1f}°F ({Temperature.describe(self._celsius)})"


t = Temperature(21.5)
print(t)
t.celsius = 30
print(t, round(t.fahrenheit))
print(Temperature.from_fahrenheit(14))
try:
    t.celsius = -300
except ValueError as e:
    print("rejected:", e)
readings = [Temperature(c) for c in (3.0, 18.5, 27.25)]
print(", ".join(f"{r.celsius:g}" for r in readings), [Temperature.describe(r.celsius) for r in readings])
