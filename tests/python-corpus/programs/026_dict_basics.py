# dicts keep insertion order; views; membership
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 2
print(d)
print("a" in d, "z" in d, 1 in d, "a" not in d)
keys = d.keys()
d["new"] = 0
print(keys, len(keys), "new" in keys)
print(d.values(), d.items())
for k, v in d.items():
    print(k, "->", v)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
e = {1: "int", 1.0: "float", True: "bool"}
print(e)
print({(1, 2): "tuple key", None: "none", "s": [1]})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])))
print(dict({"a": 1}, b=2), dict.fromkeys(["k1", "k2"], 0), dict.fromkeys("ab"))
print({} == {}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0})
