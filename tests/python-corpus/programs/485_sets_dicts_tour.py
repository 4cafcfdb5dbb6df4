a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, a ^ b, a <= b, {1, 2} < a, a.isdisjoint({9}), a.issuperset({1}))
a.add(10); a.discard(99); a.remove(1)
print(a, len(a), 2 in a, a.pop(), a)
try:
    a.remove(42)
except KeyError as e:
    print("KeyError", e)
s = set()
print(s, set("aaa"), frozenset([3, 1, 2]), {frozenset([1]): "x"}, set() == frozenset(), type(set() | frozenset()).__name__)
d = {"x": 1, "y": 2}
d["z"] = 3
del d["x"]
d["x"] = 4
print(d, list(d), d.get("q"), d.get("q", 0), d.setdefault("y", 9), d.setdefault("w", 9), d)
print(d.pop("w"), d.pop("nope", "dflt"), d.keys(), d.values(), d.items(), len(d))
print({**d, "y": 20, "new": 0}, d | {"a": 1}, dict(a=1, b=2), dict(zip("abc", range(3))), dict.fromkeys("ab", 0))
d2 = d.copy(); d2.update(y=100, k=[1]); d2.update([("m", 1)])
print(d2, d == d2, {1: 2} == {1: 2.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
inv = {v: k for k, v in d.items()}
print(inv, sorted(d, key=d.get), max(d, key=d.get), {k: v for k, v in sorted(d.items()) if v > 2})
nested = {"a": {"b": {"c": [1, 2, {"d": None}]}}}
print(nested["a"]["b"]["c"][2]["d"], nested, str(nested) == repr(nested))
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1])[0])
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print(e)
print({1, 2} == {2, 1}, {(1, 2), (1, 2)}, {1: "a", 1.0: "b", True: "c"}, {None: 1}.get(None))
x = {i: i * i for i in range(5)}
print(x, list(x.items())[1:3], list(reversed(x)), x.popitem(), x.clear(), x)
print(set(range(20, 0, -3)), {-1, -5, 3}, sorted({-1, -5, 3}), {0.5, 1, 2.5})
