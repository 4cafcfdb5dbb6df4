class Meta(type):
    registry = {}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry[name] = cls
        return cls
class Base(metaclass=Meta):
    def __init_subclass__(cls, kind="generic", **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
class A(Base, kind="alpha"): pass
class B(Base): pass
print(sorted(Meta.registry), A.kind, B.kind, type(A).__name__)
class Dyn:
    def __init__(self):
        self.data = {"x": 1}
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: self.data.get(name[4:], "?")
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
d = Dyn()
d.y = 5
print(d.get_x(), d.get_z(), d.y)
del d.y
try:
    d.missing
except AttributeError as e:
    print(e)
