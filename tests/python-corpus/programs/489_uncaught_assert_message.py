# raises: AssertionError
class Account:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, n):
        assert n <= self.bal, f"insufficient: {self.bal} < {n}"
        self.bal -= n
a = Account(10)
a.withdraw(3)
print(a.bal)
a.withdraw(30)
