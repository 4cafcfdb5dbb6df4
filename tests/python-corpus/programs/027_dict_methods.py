# get, setdefault, pop, popitem, update, copy, clear
d = {"x": 1, "y": 2}
print(d.get("x"), d.get("z"), d.get("z", 0), d.get("x", 99))
print(d.setdefault("x", 100), d.setdefault("z", 3), d.setdefault("w"), d)
print(d.pop("w"), d.pop("missing", "default"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"a": 10, "x": -1})
print(d)
d.update(b=5, c=6)
d.update([("q", 0)])
print(d)
c = d.copy()
c["x"] = "changed"
print(d["x"], c["x"])
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(sorted(d), sorted(d.items()), max(d, key=d.get))
print(list(reversed(d)), list(reversed(d.items()))[:2])
