# A metaclass's __setattr__/__delattr__ see assignments to its classes; __module__ renames the repr.
class Meta(type):
    def __setattr__(cls, name, value):
        print("set", cls.__name__, name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("del", cls.__name__, name)
        super().__delattr__(name)

class C(metaclass=Meta):
    pass
C.x = 1
print(C.x)
del C.x
print(hasattr(C, "x"))
c = C()
c.y = 2
print(c.y, vars(c))

class Locked(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f"{cls.__name__}.{name} is a constant")
        type.__setattr__(cls, name, value)

class Config(metaclass=Locked):
    LIMIT = 10
Config.debug = True
try:
    Config.LIMIT = 5
except AttributeError as e:
    print(e)
print(Config.LIMIT, Config.debug)

class D:
    pass
D.__module__ = "shapes"
D.__qualname__ = "Outer.D"
print(D, D.__module__, D.__qualname__, D.__name__)
D.__name__ = "E"
print(D, D.__name__)
