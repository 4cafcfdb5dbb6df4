# modifying classes after creation: new methods, changed class attributes, MRO lookups
class Base:
    kind = "base"
    def hello(self):
        return "hello from " + self.kind
class Child(Base):
    pass
c = Child()
print(c.hello(), Child.kind)
Base.kind = "changed"
print(c.hello(), Child.kind)
Child.kind = "child"
print(c.hello(), Base().hello())
def shout(self):
    return self.hello().upper()
Base.shout = shout
print(c.shout(), hasattr(Base(), "shout"))
c.kind = "instance"
print(c.hello(), Child.kind)
del c.kind
print(c.hello())
del Child.kind
print(c.hello())
Child.counter = 0
def bump(self):
    type(self).counter += 1
    return type(self).counter
Child.bump = bump
print(c.bump(), c.bump(), Child.counter, "counter" in Child.__dict__, "counter" in Base.__dict__)
print(Child.hello is Base.hello, c.hello.__func__ is Base.hello if hasattr(c.hello, "__func__") else "n/a")
bound = c.hello
Base.hello = lambda self: "replaced"
print(bound(), c.hello())
