# dict subclasses: __missing__, overridden __setitem__, and the methods working on the storage
class Tally(dict):
    def __missing__(self, key):
        return 0
class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
t = Tally()
for ch in "mississippi":
    t[ch] = t[ch] + 1
print(t, t["z"], "z" in t, t.get("z"), len(t))
print(sorted(t.items()), list(t.keys()), sum(t.values()))
print(t.pop("m"), t.popitem(), t, type(t).__name__, type(t.copy()).__name__)
low = Lower()
low["Hello"] = 1
low["WORLD"] = 2
print(low, low["HELLO"], low.get("hello"), low.get("HELLO"), "world" in low)
print(Lower.fromkeys(["A", "B"], 0), type(Lower.fromkeys([])).__name__)
low.update({"MiXeD": 3})
print(low, dict(low), low == {"hello": 1, "world": 2, "MiXeD": 3})
class Registry(dict):
    def register(self, name):
        def deco(fn):
            self[name] = fn
            return fn
        return deco
reg = Registry()
@reg.register("double")
def double(x):
    return 2 * x
@reg.register("square")
def square(x):
    return x * x
print(sorted(reg), [reg[k](5) for k in sorted(reg)], dict.__len__(reg))
print(dict.get(reg, "cube", "missing"), dict.__contains__(reg, "square"))
try:
    dict.__getitem__(reg, "cube")
except KeyError as e:
    print("KeyError", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError", e)
