# list and tuple subclasses calling up to the builtin dunders, and explicit dunder calls
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack" + list.__repr__(self)
class Scaled(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10
s = Stack().push(1).push(2).push(3)
print(s, s.peek(), len(s), s.pop(), s, s + [9], type(s + [9]).__name__)
print(s == [1, 2], s != [1, 2], s < [1, 3], list.__len__(s), s.__contains__(2))
sc = Scaled([1, 2, 3])
print(sc[0], sc[2], list(sc), sc, sc.index(2), sorted(sc, reverse=True))
print([1, 2].__add__([3]), [1].__mul__(3), [1, 2].__rmul__(2), [3, 1, 2].__len__())
items = [4, 5, 6]
items.__setitem__(0, 40)
items.__delitem__(1)
items.__iadd__([7])
print(items, items.__getitem__(-1), items.__getitem__(slice(0, 2)), list(items.__reversed__()))
class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __add__(self, other):
        return Point(self[0] + other[0], self[1] + other[1])
p = Point(1, 2) + Point(3, 4)
print(p, p.x, type(p).__name__, p.count(4), p.index(6), tuple.__add__(p, (0,)), p == (4, 6))
print((1, 2).__hash__() == (1.0, 2.0).__hash__(), (3, 1, 3).count(3), (3, 1).__getitem__(1))
print(list.__hash__, tuple.__len__((1, 2)), list.__mul__([0], 3))
for bad in (lambda: list.append((), 1), lambda: [].__getitem__("a"), lambda: (1,).index(5),
            lambda: [1].__add__((2,)), lambda: hash(Stack())):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
