import json
from collections import defaultdict
inventory = [
    {"sku": "A100", "name": "Widget", "cat": "tools", "qty": 12, "price": 2.5},
    {"sku": "B200", "name": "Gadget", "cat": "toys", "qty": 0, "price": 10.0},
    {"sku": "C300", "name": "Doohickey", "cat": "tools", "qty": 5, "price": 7.25},
    {"sku": "D400", "name": "Thingamajig", "cat": "misc", "qty": 100, "price": 0.1},
]
by_cat = defaultdict(list)
for item in inventory:
    by_cat[item["cat"]].append(item)
for cat in sorted(by_cat):
    items = by_cat[cat]
    value = sum(i["qty"] * i["price"] for i in items)
    print(f"{cat.upper():<6} {len(items):>2} items  value={value:>8.2f}")
out_of_stock = [i["name"] for i in inventory if not i["qty"]]
print("Out of stock:", ", ".join(out_of_stock) or "none")
report = {cat: {"count": len(v), "skus": [i["sku"] for i in v]} for cat, v in by_cat.items()}
text = json.dumps(report, indent=2, sort_keys=True)
print(text)
assert json.loads(text) == report
cheapest = min(inventory, key=lambda i: i["price"])
priciest = max(inventory, key=lambda i: (i["price"], i["name"]))
print(cheapest["name"], priciest["name"])
restock = {i["sku"]: max(0, 20 - i["qty"]) for i in inventory}
print(restock, sum(restock.values()))
print(sorted(inventory, key=lambda i: -i["qty"] * i["price"])[0]["sku"])
totals = {}
for i in inventory:
    totals.setdefault(i["cat"], 0)
    totals[i["cat"]] += i["qty"]
print(totals, list(totals.items())[-1], dict(sorted(totals.items(), key=lambda kv: kv[1])))
print(f"{'SKU':<6}{'Name':<14}{'Qty':>5}{'Price':>8}")
for i in inventory:
    print(f"{i['sku']:<6}{i['name']:<14}{i['qty']:>5}{i['price']:>8.2f}")
print("=" * 33)
print(json.dumps(inventory[0]), json.dumps(inventory[1], separators=(", ", ": ")))
