# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Bag:
    def __init__(self):
        self.data = {}
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if key not in self.data:
            raise KeyError(key)
        return self.data[key]
    def __setitem__(self, key, value):
        self.data[key] = value
    def __delitem__(self, key):
        del self.data[key]
    def __contains__(self, key):
        return key in self.data
    def __iter__(self):
        return iter(sorted(self.data))
bag = Bag()
bag["b"] = 2
bag["a"] = 1
bag["c"] = 3
print(len(bag), bag["a"], "b" in bag, "z" in bag, list(bag), bool(bag))
del bag["b"]
print(len(bag), [k for k in bag], sorted(bag, reverse=True))
try:
    bag["zz"]
except KeyError as e:
    print("KeyError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])
class Squares:
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [i * i for i in range(*index.indices(10))]
        return index * index
sq = Squares()
print(sq[4], sq[2:5], sq[::3], sq[-3:])
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()), "empty" if not Empty() else "full")
