# raises: KeyError
accounts = {"alice": 100, "bob": 50}
def transfer(src, dst, amt):
    if accounts[src] < amt:
        raise ValueError(f"{src} has insufficient funds")
    accounts[src] -= amt
    accounts[dst] += amt
    print(f"moved {amt} from {src} to {dst}")
transfer("alice", "bob", 30)
try:
    transfer("bob", "alice", 500)
except ValueError as err:
    print("failed:", err)
print(accounts)
for name, bal in sorted(accounts.items()):
    print(f"{name:>6}: {bal:5d}")
transfer("carol", "alice", 1)
print("unreachable")
