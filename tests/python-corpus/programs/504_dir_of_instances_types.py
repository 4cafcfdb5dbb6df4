class A:
    x = 1
    def f(self): pass
class S:
    __slots__ = ("a",)
class E(Exception): pass
print(dir(A()))
print(dir(A))
print(dir(S()))
print(dir(1)[:12])
print(dir(E())[:6])
print(dir([])[-8:], dir({})[-11:], dir("")[-10:])
class B(A):
    __slots__ = ("y",)
print([n for n in dir(B()) if not n.startswith("__")], "__dict__" in dir(B()), "__weakref__" in dir(S))
print(sorted(set(dir(A())) - set(dir(object()))))
