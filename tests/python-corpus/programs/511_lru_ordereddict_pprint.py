from collections import OrderedDict
import pprint
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return -1
        self.hits += 1
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)
    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"
c = LRUCache(3)
for k in "abcadbe":
    if c.get(k) == -1:
        c.put(k, k.upper())
print(c)
config = {"server": {"host": "localhost", "ports": list(range(8000, 8012)), "tls": {"cert": "/etc/ssl/cert.pem", "key": "/etc/ssl/key.pem"}}, "debug": True, "users": [{"name": "admin", "roles": ["read", "write", "delete"]}, {"name": "guest", "roles": ["read"]}]}
pprint.pprint(config)
pprint.pprint(config, width=40, depth=2)
print(pprint.pformat(list(range(30)), compact=True))
pprint.pprint({"b": 1, "a": [1, 2], "c": {"z": 0, "y": (1, 2)}})
pprint.pprint(["x" * 30, "y" * 30, "z" * 30])
