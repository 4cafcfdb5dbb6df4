import types
d = {"a": 1}
p = types.MappingProxyType(d)
d["b"] = 2
print(p, len(p), list(p), "b" in p, p["a"], p.get("z", 0), dict(p.items()), p == d, str(p))
try:
    p["c"] = 3
except TypeError as e:
    print(e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
print(type(p).__name__, p | {"z": 1})
