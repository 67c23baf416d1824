# proves: custom exception hierarchy with extra fields, raise/except/else/finally, re-raise with from
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, needed: int, available: int) -> None:
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class AccountClosed(BankError):
    pass


class Account:
    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self._balance = balance
        self.closed = False

    @property
    def balance(self) -> int:
        return self._balance

    def withdraw(self, amount: int) -> int:
        if self.closed:
            raise AccountClosed(self.owner)
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        return self._balance


def try_withdraw(acct: Account, amount: int) -> str:
    try:
        left = acct.withdraw(amount)
    except InsufficientFunds as e:
        return f"short by {e.needed - e.available}"
    except BankError as e:
        return f"error: {type(e).__name__}: {e}"
    else:
        return f"ok, {left} left"
    finally:
        print("attempted", amount)


def parse_amount(text: str) -> int:
    try:
        return int(text)
    except ValueError as e:
        raise BankError(f"bad amount {text!r}") from e


a = Account("ann", 100)
print(try_withdraw(a, 30))
print(try_withdraw(a, 100))
a.closed = True
print(try_withdraw(a, 1))
try:
    parse_amount("12x")
except BankError as e:
    print(e, isinstance(e.__cause__, ValueError))
