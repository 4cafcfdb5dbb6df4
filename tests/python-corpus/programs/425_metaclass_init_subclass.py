registry = {}
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        registry[name or cls.__name__.lower()] = cls
class CSV(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
print(sorted(registry), registry["csv"].__name__)
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("init once")
        self.values = {}
a, b = Config(), Config()
print(a is b, type(Config).__name__, isinstance(Config, Singleton))
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["created_by"] = "Meta"
        fields = [k for k, v in ns.items() if isinstance(v, int)]
        cls = super().__new__(mcs, name, bases, ns)
        cls.fields = fields
        return cls
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class Model(metaclass=Meta):
    a = 1
    b = 2
    c = "x"
print(Model.created_by, Model.fields, Model, repr(Model))
