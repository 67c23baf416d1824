# proves: @property with a setter
class Celsius:
    def __init__(self) -> None:
        self._deg = 0.0

    @property
    def deg(self) -> float:
        return self._deg

    @deg.setter
    def deg(self, value: float) -> None:
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._deg = value

    @property
    def kelvin(self) -> float:
        return self._deg + 273.15


c = Celsius()
c.deg = 25
assert c.deg == 25.0 and c.kelvin == 298.15
