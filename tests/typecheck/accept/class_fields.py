# proves: fields declared by class-level annotations, with and without defaults
class Config:
    name: str
    retries: int = 3
    verbose: bool = False

    def __init__(self, name: str) -> None:
        self.name = name


c = Config("x")
c.retries += 1
assert c.name == "x" and c.retries == 4 and not c.verbose
