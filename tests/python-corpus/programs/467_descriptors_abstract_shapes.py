class Typed:
    def __init__(self, name, typ):
        self.name, self.typ = name, typ
    def __set_name__(self, owner, name):
        self.attr = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.name} must be {self.typ.__name__}, got {type(value).__name__}")
        setattr(obj, self.attr, value)
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, n, a):
        self.name, self.age = n, a
p = Person("ann", 30)
print(p.name, p.age, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print(e)
print(isinstance(Person.name, Typed), Person.__dict__["age"].attr)
class Shape:
    def area(self): raise NotImplementedError("subclass must implement")
    def __str__(self): return f"{type(self).__name__} with area {self.area():.2f}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Ci(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
for sh in [Sq(3), Ci(1.5)]:
    print(sh)
try:
    print(Shape())
except NotImplementedError as e:
    print("NIE:", e)
print(Sq.__mro__, Sq.__bases__, Sq.__name__, Sq.__qualname__, Sq(2).__class__.__name__)
print(hasattr(Sq(1), "s"), getattr(Sq(1), "zz", "default"), callable(Sq), callable(Sq(1)))
