# dict views are live; view set operations; order after delete and re-insert
d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
d["d"] = 4
del d["a"]
print(keys, values, items, len(keys))
print(list(keys), "a" in keys, ("b", 2) in items, ("b", 3) in items, 4 in values)
print(keys == {"b", "c", "d"}, sorted(keys - {"c"}), sorted(keys & ["b", "x"]), sorted(keys ^ {"b", "z"}))
print(sorted(items - {("b", 2)}), keys.isdisjoint({"q"}))
d["a"] = 0
print(list(d), list(reversed(d.keys())), list(reversed(d.values())))
d.pop("b")
d["b"] = 2
print(d)
d["c"] = 30
print(d, list(d.items())[1])
it = iter(d)
print(next(it), next(it))
print(dict(d.items()) == d, list(d.values()) == [v for _, v in d.items()])
print({1: "a"}.keys() == {1}, {}.keys() == set(), type(keys).__name__, type(items).__name__)
e = dict.fromkeys(range(5))
for k in list(e.keys())[::2]:
    del e[k]
print(e, list(e), e.keys() | {9})
try:
    values == values
    print("values views compare by identity:", values == d.values())
except TypeError as err:
    print("TypeError:", err)
