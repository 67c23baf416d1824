# Proves: a traceback through methods of several classes.
class Repo:
    def __init__(self) -> None:
        self.data: dict[str, int] = {"a": 1}
    def get(self, k: str) -> int:
        return self.data[k]
class Service:
    def __init__(self) -> None:
        self.repo = Repo()
    def lookup(self, k: str) -> int:
        return self.repo.get(k) * 10
s = Service()
print(s.lookup("a"))
print(s.lookup("b"))
