# Proves: temporaries in expressions are destroyed right after the statement that made them.
class R:
    def __init__(self, n: str) -> None:
        self.n = n
    def __del__(self) -> None:
        print("destroy", self.n)
    def val(self) -> int:
        return len(self.n)
print(R("temp").val())
print("next statement")
