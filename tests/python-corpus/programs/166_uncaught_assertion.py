# an uncaught AssertionError carries the assert message
# raises: AssertionError
def withdraw(balance, amount):
    assert amount > 0, "amount must be positive"
    assert amount <= balance, f"insufficient funds: {balance} < {amount}"
    return balance - amount
balance = 100
for amount in [30, 50, 40]:
    balance = withdraw(balance, amount)
    print("balance now", balance)
print("never printed")
