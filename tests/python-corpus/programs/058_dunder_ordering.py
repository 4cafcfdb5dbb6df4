# __lt__ and friends: sorting, reflected comparisons, functools.total_ordering
import functools
@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.1"))
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  {self.n} < {other.n}?")
        return self.n < other.n
print(OnlyLt(1) > OnlyLt(2))
print(sorted([OnlyLt(3), OnlyLt(1)], key=lambda o: o.n)[0].n)
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
class Weird:
    def __eq__(self, other):
        return "not a bool"
print(Weird() == 1, [Weird()] == [Weird()] if False else "skipped")
class Bare:
    pass
try:
    Bare() < Bare()
except TypeError as e:
    print("TypeError:", e)
