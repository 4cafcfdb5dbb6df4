# a small bank: classes, custom exceptions, class-level counters, history
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, balance={self.balance})"
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, balance=0):
        acct = Account(owner, balance)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            return f"transfer failed: {e}"
        except KeyError as e:
            return f"no account {e}"
        self.accounts[dst].deposit(amount)
        return "ok"
bank = Bank()
a = bank.open("ann", 100)
b = bank.open("bob")
print(bank.transfer(a.id, b.id, 30), bank.transfer(b.id, a.id, 50), bank.transfer(9, 1, 1))
try:
    a.deposit(-5)
except ValueError as e:
    print("rejected:", e)
print(a, b, a.history, b.history)
print(sorted(bank.accounts.values(), key=lambda acct: acct.balance))
print(sum(acct.balance for acct in bank.accounts.values()))
