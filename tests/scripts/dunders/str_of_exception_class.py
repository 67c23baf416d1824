# Proves: __str__ and __repr__ of user exceptions with custom fields.
class AppError(Exception):
    def __init__(self, code: int, msg: str) -> None:
        super().__init__(msg)
        self.code = code
    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0]}"
e = AppError(404, "not found")
print(str(e), e.code, e.args)
raise AppError(500, "server error")
