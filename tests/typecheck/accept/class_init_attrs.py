# proves: attributes created by assignments to self.x in __init__ get inferred types
class Account:
    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance
        self.history: list[int] = []

    def deposit(self, amount: int) -> None:
        self.balance += amount
        self.history.append(amount)


a = Account("ann")
a.deposit(5)
a.deposit(7)
assert a.balance == 12 and a.history == [5, 7] and a.owner == "ann"
