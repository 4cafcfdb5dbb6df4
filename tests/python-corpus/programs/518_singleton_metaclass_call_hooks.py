class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("creating instance")
        return cls._instance
    def __init__(self, value):
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value)
class Meta(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class DB(metaclass=Meta):
    def __init__(self, url):
        self.url = url
print(DB("a").url, DB("b").url, DB("x") is DB("y"))
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return sum(args)
c = Counter()
print(c(1, 2), c(3), c.count, callable(c))
class Lazy:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"<missing {name}>"
l = Lazy()
l.real = "yes"
print(l.magic, l.real, l.other)
class Base:
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.tag = prefix + cls.__name__.lower()
class Child(Base, prefix="x-"):
    pass
class Other(Base): pass
print(Child.tag, Other.tag)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, n):
        self.ops.append(f"+{n}")
        return self
    def mul(self, n):
        self.ops.append(f"*{n}")
        return self
    def __str__(self):
        return " ".join(self.ops)
print(Chain().add(1).mul(2).add(3))
