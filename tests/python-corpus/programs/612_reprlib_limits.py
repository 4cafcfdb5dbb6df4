import reprlib
from collections import deque

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple("abcdefgh")), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr("x" * 50))
print(reprlib.repr("quote's and \"double\" " * 3))
print(reprlib.repr(2 ** 200))
print(reprlib.repr({n: n * n for n in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset({3, 1, 2})))
print(reprlib.repr(deque(range(8))), reprlib.repr([]), reprlib.repr(set()))
print(reprlib.repr([[[[[[[[["deep"]]]]]]]]]))
print(reprlib.repr({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r}, label={'long label ' * 3!r})"


print(reprlib.repr(Point(1, 2)))

# A customised Repr.
short = reprlib.Repr()
short.maxlist = 3
short.maxstring = 12
short.maxlevel = 2
short.fillvalue = "~"
print(short.repr([1, [2, [3, [4]]], "a long string here", 5, 6]))
print(short.repr({"k": [1, 2, 3, 4, 5]}), short.maxdict, short.maxother)


class Tagged(reprlib.Repr):
    def repr_Point(self, obj, level):
        return f"<P {obj.x},{obj.y}>"

    def repr_int(self, obj, level):
        return hex(obj)


print(Tagged().repr([Point(3, 4), 255, (16,)]))


class Tree:
    def __init__(self, name):
        self.name, self.children = name, []

    @reprlib.recursive_repr(fillvalue="<cycle>")
    def __repr__(self):
        return f"Tree({self.name!r}, {self.children!r})"


root = Tree("root")
root.children += [Tree("leaf"), root]
print(root, Tree.__repr__.__name__)
