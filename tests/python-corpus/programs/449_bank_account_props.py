class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

class Account:
    _count = 0
    def __init__(self, owner, balance=0.0):
        Account._count += 1
        self.id = Account._count
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v
    def deposit(self, amt):
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance!r})"
    def __str__(self):
        return f"#{self.id} {self.owner:<8}|{self._balance:>10,.2f}"
    @classmethod
    def count(cls):
        return cls._count

a = Account("alice", 100)
b = Account("bob")
a.deposit(50).withdraw(30.5)
b.deposit(1234567.891)
for acct in (a, b):
    print(acct)
    print(repr(acct))
try:
    b.withdraw(10**7)
except InsufficientFunds as e:
    print("error:", e, e.args, e.needed)
    print(repr(e))
try:
    a.balance = -1
except ValueError as e:
    print(type(e).__name__, e)
print(Account.count(), a.history)
print(sorted([a, b], key=lambda x: x.balance, reverse=True))
