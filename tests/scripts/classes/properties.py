# Proves: @property getters and setters, computed attributes.
class Temp:
    def __init__(self, c: float) -> None:
        self._c = c
    @property
    def celsius(self) -> float:
        return self._c
    @celsius.setter
    def celsius(self, v: float) -> None:
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self) -> float:
        return self._c * 9 / 5 + 32
t = Temp(100.0)
print(t.celsius, t.fahrenheit)
t.celsius = -40.0
print(t.celsius, t.fahrenheit)
t.celsius = -300.0
