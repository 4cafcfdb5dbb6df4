# tornado: 6.5
# A plain program: no handler, no loop; just Python.
import collections
import json

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance

    def __repr__(self):
        return "Account(%r, %d)" % (self.owner, self.balance)

acct = Account("ada")
print(acct.deposit(50), acct)
try:
    acct.deposit(-1)
except ValueError as e:
    print("error:", e)
words = "the quick brown fox jumps over the lazy dog the end".split()
print(collections.Counter(words).most_common(2))
print(json.dumps({"n": len(words), "uniq": sorted(set(words))[:3]}, sort_keys=True))
squares = {i: i * i for i in range(5)}
print(squares, sum(squares.values()))
print(f"{3.14159:.2f} {'right':>8}|{42:05d}")
