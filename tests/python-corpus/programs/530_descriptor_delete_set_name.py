# Data descriptors: __set_name__, __get__/__set__/__delete__, and the errors of
# descriptors and properties that lack one of them.
class Field:
    def __set_name__(self, owner, name):
        self.slot = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, "unset")
    def __set__(self, obj, value):
        print("set", self.slot, value)
        setattr(obj, self.slot, value)
    def __delete__(self, obj):
        print("delete", self.slot)
        delattr(obj, self.slot)
class Record:
    x = Field()
    y = Field()
r = Record()
r.x = 5
print(r.x, r.y, sorted(vars(r)))
del r.x
print(r.x, type(Record.x).__name__)
class SetOnly:
    def __get__(self, o, t=None): return 1
    def __set__(self, o, v): pass
class DeleteOnly:
    def __get__(self, o, t=None): return 2
    def __delete__(self, o): print("deleted")
class Host:
    s = SetOnly()
    d = DeleteOnly()
h = Host()
for action in (lambda: delattr(h, "s"), lambda: setattr(h, "d", 3), lambda: delattr(h, "d")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
def getter(self): return 1
shared = property(getter)
class Plain: pass
Plain.p = shared
class Named:
    q = shared
    class Inner:
        w = property(None)
        @property
        def z(self):
            """z's docstring"""
            return 0
for obj, name, act in ((Plain(), "p", "set"), (Named(), "q", "set"), (Named.Inner(), "w", "get"), (Named.Inner(), "z", "del")):
    try:
        if act == "set": setattr(obj, name, 1)
        elif act == "get": getattr(obj, name)
        else: delattr(obj, name)
    except AttributeError as e:
        print(e)
print(Named.Inner.z.__doc__, Named.q.fset, Named.Inner.z.fget.__name__)
