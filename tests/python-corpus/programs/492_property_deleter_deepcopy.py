import copy
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"{v} is below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v):
        return v >= -273.15
t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.from_f(212).celsius, Temperature.valid(-300))
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -500
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"), type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
orig = {"a": [1, 2], "b": {"c": [3]}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["a"].append(99)
orig["b"]["c"].append(100)
print(sh, dp, sh["a"] is orig["a"], dp["a"] is orig["a"])
class Node:
    def __init__(self, v, kids=None):
        self.v, self.kids = v, kids or []
    def __repr__(self):
        return f"Node({self.v}, {self.kids})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.kids[1].kids[0].v = 40
print(tree, t2)
lst = [[0] * 3] * 2
lst[0][0] = 1
print(lst, [[0] * 3 for _ in range(2)])
a = [1, 2]; b = a; c = a[:]
b.append(3)
print(a, c, a is b, a == c, a is c)
