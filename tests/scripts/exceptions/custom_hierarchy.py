# Proves: user exception classes with fields and inheritance are caught by base class.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what: str) -> None:
        super().__init__(f"{what} not found")
        self.what = what
try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, isinstance(e, NotFound))
raise NotFound("user")
