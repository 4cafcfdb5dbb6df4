# Object model corners: attribute hooks, slots, reflected and in-place
# operators, cooperative super() with keyword passing, and the MRO.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
lazy = Lazy()
print(lazy.real, lazy.hidden, lazy.other, getattr(lazy, "x", "default"))
class Logged:
    def __setattr__(self, key, value):
        print("set", key, value)
        super().__setattr__(key, value)
    def __delattr__(self, key):
        print("del", key)
        object.__delattr__(self, key)
logged = Logged()
logged.name = "n"
del logged.name
try:
    del logged.name
except AttributeError as e:
    print("AttributeError:", e)
class Slotted:
    __slots__ = ("a", "b")
class WithDict(Slotted):
    pass
s, w = Slotted(), WithDict()
s.a = 1
w.c = 3
for action in (lambda: s.b, lambda: setattr(s, "c", 1), lambda: delattr(s, "b")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(s.a, w.__dict__, hasattr(s, "__dict__"), type(Slotted.a).__name__)
class Vec:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Vec(self.v + o) if isinstance(o, int) else NotImplemented
    __radd__ = __add__
    def __repr__(self): return f"Vec({self.v})"
print(5 + Vec(1), sum([Vec(1), Vec(2).v]))
try:
    Vec(1) + "s"
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self, **kw): print("Base", kw)
class Left(Base):
    def __init__(self, left=0, **kw): print("Left", left); super().__init__(**kw)
class Right(Base):
    def __init__(self, right=0, **kw): print("Right", right); super().__init__(**kw)
class Both(Left, Right):
    pass
Both(left=1, right=2, extra=3)
print([k.__name__ for k in Both.__mro__])
