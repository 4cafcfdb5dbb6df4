# an LRU cache class built on OrderedDict, with dunder methods
from collections import OrderedDict
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default
    def __setitem__(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        while len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print("  evicted", old)
    def __getitem__(self, key):
        value = self.get(key, KeyError)
        if value is KeyError:
            raise KeyError(key)
        return value
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"LRU({list(self.data.items())})"
cache = LRU(3)
for k in "abc":
    cache[k] = k.upper()
print(cache, len(cache))
print(cache.get("a"), cache.get("zz", "default"))
cache["d"] = "D"
print(cache, "b" in cache, "a" in cache)
cache["c"] = "C2"
cache["e"] = "E"
print(cache)
try:
    cache["b"]
except KeyError as e:
    print("KeyError:", e)
print(cache.hits, cache.misses)
