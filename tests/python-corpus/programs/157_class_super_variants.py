# super() in classmethods, properties and deep hierarchies; overriding attributes
class Base:
    greeting = "hello"
    def __init__(self, name):
        self.name = name
    @classmethod
    def create(cls, name):
        return cls(name)
    @property
    def label(self):
        return f"<{self.name}>"
    def describe(self):
        return f"{self.greeting} {self.label}"
class Mid(Base):
    greeting = "hi"
    @classmethod
    def create(cls, name):
        obj = super().create(name.upper())
        obj.via = "Mid.create"
        return obj
    @property
    def label(self):
        return "[" + super().label + "]"
class Leaf(Mid):
    def describe(self):
        return super().describe() + " (leaf)"
leaf = Leaf.create("x")
print(type(leaf).__name__, leaf.name, leaf.via, leaf.label, leaf.describe())
print(Base("b").describe(), Mid("m").describe())
print(Leaf.greeting, super(Leaf, leaf).describe(), super(Mid, leaf).describe())
class A:
    def method(self):
        return "A"
class B(A):
    def method(self):
        return "B>" + super().method()
class C(B):
    pass
print(C().method(), C.method is B.method, C.__mro__[1].__name__)
class Counter:
    def __init__(self):
        self.n = 0
class LoudCounter(Counter):
    def __init__(self, label):
        super().__init__()
        self.label = label
lc = LoudCounter("x")
print(lc.n, lc.label, isinstance(lc, Counter))
