# collections.defaultdict with different factories
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "bean", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups), "q" in groups)
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
sets = defaultdict(set)
sets["k"].add(1)
sets["k"].add(1)
print(sets, sets.get("other"), "other" in sets)
d = defaultdict(str, {"existing": "v"})
print(d["existing"], repr(d["new"]), list(d))
print(isinstance(d, dict), type(d).__name__, d.copy())
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"]))
