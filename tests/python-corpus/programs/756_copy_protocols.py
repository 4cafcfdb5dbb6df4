# copy: __copy__/__deepcopy__, __reduce__, __getstate__/__setstate__, cycles and shared references.
import copy

class P:
    def __init__(self, v, ch=None):
        self.v = v
        self.ch = ch or []
    def __copy__(self):
        print("copy called")
        return P(self.v, self.ch)
    def __deepcopy__(self, memo):
        print("deepcopy called", isinstance(memo, dict))
        return P(copy.deepcopy(self.v, memo), copy.deepcopy(self.ch, memo))
p = P(1, [[1]])
q, r = copy.copy(p), copy.deepcopy(p)
print(q.ch is p.ch, r.ch is p.ch, r.ch == p.ch)
a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b is not a, b)
d = {"k": [1]}
d["self"] = d
print(copy.deepcopy(d)["self"] is not d)
shared = [1]
u = copy.deepcopy((shared, shared))
print(u[0] is u[1], u[0] is not shared)

class R:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (R, (self.a * 2,))
print(copy.copy(R(2)).a, copy.deepcopy(R(3)).a)

class GS:
    def __init__(self):
        self.a = [1]
        self.b = 2
    def __getstate__(self):
        print("getstate")
        return {"a": self.a}
    def __setstate__(self, s):
        print("setstate", s)
        self.__dict__.update(s)
        self.b = 0
g = GS()
g2, g3 = copy.copy(g), copy.deepcopy(g)
print(g2.a is g.a, g3.a is g.a, g2.b, g3.b)

class SL:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, [2]
s2 = copy.deepcopy(SL())
print(s2.a, s2.b, copy.copy((1, 2)), copy.deepcopy(frozenset([1])))
try:
    copy.deepcopy(iter([1]))
except TypeError as ex:
    print(ex)
