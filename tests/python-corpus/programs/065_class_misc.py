# class namespaces, __class__, class-level code, name mangling, __slots__-free objects
class Config:
    defaults = {"debug": False}
    keys = [k.upper() for k in ["a", "b"]]
    total = sum(range(5))
    def method(self):
        return type(self).total
print(Config.keys, Config.total, Config().method())
class Secret:
    def __init__(self):
        self.__hidden = 42
        self._internal = 1
    def reveal(self):
        return self.__hidden
s = Secret()
print(s.reveal(), s._internal, s._Secret__hidden, hasattr(s, "__hidden"))
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree.walk()))
class A:
    def create(self):
        return self.__class__()
class B(A):
    pass
print(type(B().create()).__name__)
class WithClassAttr:
    instances = 0
    def __init__(self):
        type(self).instances += 1
WithClassAttr(); WithClassAttr()
print(WithClassAttr.instances)
print(Config.__name__, Config.method.__name__, Config.method.__qualname__)
obj = Config()
obj.method = lambda: "instance override"
print(obj.method(), Config().method())
