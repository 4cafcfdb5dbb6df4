# an inventory with Counter, defaultdict and formatted reports
from collections import Counter, defaultdict
orders = [
    ("alice", "apple", 3), ("bob", "pear", 2), ("alice", "pear", 1),
    ("carol", "apple", 5), ("bob", "apple", 1), ("carol", "plum", 4),
]
stock = Counter(apple=10, pear=5, plum=2)
per_customer = defaultdict(Counter)
rejected = []
for customer, item, qty in orders:
    if stock[item] >= qty:
        stock[item] -= qty
        per_customer[customer][item] += qty
    else:
        rejected.append((customer, item, qty, stock[item]))
print(stock, +stock)
for customer in sorted(per_customer):
    items = ", ".join(f"{k} x{v}" for k, v in sorted(per_customer[customer].items()))
    print(f"{customer:<6}| {items}")
for r in rejected:
    print("rejected: {} wanted {} {} but only {} left".format(r[0], r[2], r[1], r[3]))
totals = sum(per_customer.values(), Counter())
print(totals.most_common(), sum(totals.values()))
prices = {"apple": 0.5, "pear": 0.75, "plum": 1.2}
bills = {c: round(sum(prices[i] * q for i, q in items.items()), 2) for c, items in per_customer.items()}
print(bills, max(bills, key=bills.get))
print(f"{'item':<8}{'left':>6}")
for item, left in sorted(stock.items()):
    print(f"{item:<8}{left:>6}")
