# Replacing an instance's __dict__: the dict becomes the live namespace, so the
# Borg pattern shares state; vars() and attribute access see the same dict.
class Borg:
    _shared = {}
    def __init__(self, **kw):
        self.__dict__ = self._shared
        self.__dict__.update(kw)
one = Borg(colour="red")
two = Borg(size=3)
one.extra = True
print(two.colour, two.size, two.extra, one is two, one.__dict__ is two.__dict__)
print(sorted(Borg._shared))
class Box:
    pass
box = Box()
namespace = {"a": 1}
box.__dict__ = namespace
print(box.a, box.__dict__ is namespace, vars(box) is namespace)
namespace["b"] = 2
box.c = 3
print(box.b, namespace)
del box.a
print(namespace, hasattr(box, "a"))
other = Box()
other.__dict__ = box.__dict__
other.d = 4
print(box.d)
for bad in (5, [("a", 1)], None):
    try:
        box.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)
class Config:
    def __init__(self, **options):
        self.__dict__.update(options)
    def __repr__(self):
        return "Config(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"
print(Config(debug=True, name="x"))
