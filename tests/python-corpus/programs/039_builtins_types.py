# type, isinstance with tuples, issubclass, callable
values = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, range(1), len, lambda: 0]
for v in values:
    print(type(v).__name__, end=" ")
print()
print(type(1) is int, type(True) is bool, type(True) is int, type(None).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (str, float)))
print(isinstance("x", str), isinstance([], (list, tuple)), isinstance(None, object), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, LookupError), issubclass(int, (str, object)))
print(callable(len), callable(1), callable(int), callable(lambda: 0), callable("x"), callable(str.upper))
class Thing:
    def __call__(self):
        return 1
class Plain:
    pass
print(callable(Thing()), callable(Plain()), callable(Plain))
print(type(Thing()).__name__, type(Thing).__name__, Thing.__name__, type(type).__name__)
print(type(1)(5), type("a")("bc"), type([])([1]))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
print(type(1) == type(2), type(1) == type(1.0), int.__name__, str(int), str(Thing)[:8])
