# proves: module-level variables read in functions and rebound with `global`
counter = 0
NAMES: list[str] = []


def bump() -> int:
    global counter
    counter += 1
    return counter


def remember(name: str) -> None:
    NAMES.append(name)


bump()
bump()
remember("a")
assert counter == 2 and NAMES == ["a"]
