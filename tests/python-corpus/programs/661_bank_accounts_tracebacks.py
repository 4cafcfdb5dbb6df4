from dataclasses import dataclass, field
from typing import Optional, List
import traceback
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}")
        self.account = account
        self.amount = amount
class Account:
    _next_id = 1000
    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history: List[tuple] = []
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
            raise InsufficientFunds(self, amt)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self.balance:,.2f})"
class Savings(Account):
    rate = 0.025
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        return self.deposit(interest)
accts = [Account("Ann", 100), Savings("Bob", 12345.678), Account("Cy")]
accts[0].deposit(50).withdraw(30)
accts[1].add_interest()
for a in accts:
    print(f"{a.id:>6} | {a.owner:<6} | {a.balance:>12,.2f} | {a!r}")
try:
    accts[2].withdraw(10)
except InsufficientFunds as e:
    print("Error:", e, e.args, repr(e))
    print(traceback.format_exc().splitlines()[-1])
try:
    accts[0].balance = -5
except ValueError:
    tb = traceback.format_exc().replace(__file__, "prog.py")
    print(tb)
print(sorted(accts, key=lambda a: (-a.balance, a.owner)))
