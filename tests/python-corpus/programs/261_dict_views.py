# dict views stay live, compare like sets, and support set algebra
stock = {"apple": 3, "pear": 0, "fig": 12}
keys, values, items = stock.keys(), stock.values(), stock.items()
print(keys, values, items)
stock["kiwi"] = 5
del stock["pear"]
print(list(keys), list(values), len(items))
print("fig" in keys, ("fig", 12) in items, 5 in values, ("fig", 1) in items)
print(sorted(keys & {"fig", "plum"}), sorted(keys | {"plum"}), sorted(keys - {"fig"}))
print(keys == {"apple", "fig", "kiwi"}, keys < {"apple", "fig", "kiwi", "x"})
print(sorted(items - {("apple", 3)}), keys.isdisjoint(["x", "y"]))
print(list(reversed(stock)), list(reversed(items)))
print(stock.get("plum"), stock.get("plum", 0), stock.setdefault("plum", 1), stock)
print(stock.pop("plum"), stock.pop("plum", "gone"))
print(stock.popitem(), stock)
stock.update([("grape", 7)], melon=2)
stock |= {"apple": 10}
print(stock, stock | {"z": 0})
print(dict.fromkeys("abc", 0), {}.fromkeys([1, 2]))
totals = {}
for word in "the cat and the hat and the bat".split():
    totals[word] = totals.get(word, 0) + 1
print(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    stock.pop("nothing")
except KeyError as e:
    print("KeyError", e)
try:
    for k in stock:
        stock[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
print(bool({}.keys()), bool(keys), type(items).__name__)
