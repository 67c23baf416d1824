# proves: a traffic-light state machine: class constants, dict dispatch of bound methods, while loop with break/else, str formatting
from typing import Callable


class Light:
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"
    ORDER = [RED, GREEN, YELLOW]

    def __init__(self) -> None:
        self.state = Light.RED
        self.ticks = 0
        self.log: list[str] = []

    def advance(self) -> None:
        i = Light.ORDER.index(self.state)
        self.state = Light.ORDER[(i + 1) % len(Light.ORDER)]
        self.log.append(self.state)

    def reset(self) -> None:
        self.state = Light.RED
        self.log.append("reset")

    def command(self, name: str) -> bool:
        actions: dict[str, Callable[[], None]] = {"next": self.advance, "reset": self.reset}
        action = actions.get(name)
        if action is None:
            return False
        action()
        self.ticks += 1
        return True


light = Light()
for cmd in ["next", "next", "bogus", "next", "reset", "next"]:
    if not light.command(cmd):
        print(f"unknown command {cmd!r}")
print(" -> ".join(light.log), light.ticks)
n = 0
while n < 10:
    light.advance()
    n += 1
    if light.state == Light.YELLOW:
        break
else:
    print("never yellow")
print(n, light.state)
