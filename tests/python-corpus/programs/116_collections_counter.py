# collections.Counter: counting, most_common, arithmetic, update/subtract
from collections import Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(2), c.most_common()[-1], c["a"], c["z"], len(c))
print(sorted(c.elements()), sum(c.values()), c.total())
words = Counter("the cat and the hat and the bat".split())
print(words.most_common(3))
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=5)
print(d + e, d - e, e - d, d | e, d & e)
d.update("aab")
print(d)
d.subtract({"a": 10, "z": 1})
print(d)
print(+d, -d)
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter() == Counter(x=0))
print(dict(Counter("aab")), list(Counter("bca")), Counter({"x": 2, "y": 2, "z": 3}).most_common())
print(repr(Counter()), Counter(cats=4, dogs=8)["cats"])
inventory = Counter(apples=5, pears=2)
inventory["apples"] -= 5
print(inventory, +inventory, "apples" in inventory)
del inventory["apples"]
print(inventory, isinstance(inventory, dict))
