# __getattr__ is a fallback; __setattr__ intercepts every assignment
class Record:
    def __init__(self, **fields):
        self._fields = fields
        self.real = "real attribute"
    def __getattr__(self, name):
        if name in self._fields:
            return self._fields[name]
        raise AttributeError(f"Record has no field {name!r}")
r = Record(name="ann", age=30)
print(r.name, r.age, r.real, getattr(r, "missing", "default"), hasattr(r, "age"))
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)
class Tracked:
    def __init__(self):
        self.changes = []
    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append(name)
        object.__setattr__(self, name, value)
t = Tracked()
t.x = 1
t.y = 2
t.x = 3
print(t.x, t.y, t.changes)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*a):
                return ("proxied", attr(*a))
            return wrapped
        return attr
p = Proxy([3, 1, 2])
print(p.count(1), p.index(2), p.__class__.__name__)
class Defaults:
    color = "red"
    def __getattr__(self, name):
        return name.upper()
d = Defaults()
print(d.color, d.size, d.anything_else)
