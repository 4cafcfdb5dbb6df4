# Metaclass hooks in order (__prepare__, __new__, __init__, __call__), a
# __prepare__ mapping that sees every store of the class body, and its errors.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        ns = super().__prepare__(name, bases, **kw)
        ns["helper"] = lambda: "from prepare"
        return ns
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)
class Base(metaclass=Meta, flag=True):
    made = helper()
    def __init__(self, x=0):
        self.x = x
b = Base(3)
print(b.x, Base.made, type(Base).__name__)
class Child(Base):
    pass
print(Child(x=4).x, [k.__name__ for k in Child.__mro__])
class NoDuplicates(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} defined twice")
        super().__setitem__(key, value)
class Strict(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoDuplicates()
    def __new__(mcs, name, bases, ns):
        print(type(ns).__name__, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcs, name, bases, dict(ns))
class Ok(metaclass=Strict):
    a = 1
    b = a + 1
print(Ok.b)
try:
    class Twice(metaclass=Strict):
        a = 1
        a = 2
except TypeError as e:
    print("TypeError:", e)
class NotAMapping(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class Broken(metaclass=NotAMapping):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type.__prepare__("X", ()))
