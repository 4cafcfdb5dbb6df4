from functools import singledispatch, singledispatchmethod

@singledispatch
def fun(arg, verbose=False):
    return "default %r" % (arg,)

@fun.register
def _(arg: int, verbose=False):
    return "int %d" % arg

@fun.register(list)
def _(arg, verbose=False):
    return "list of %d" % len(arg)

@fun.register
def _(arg: float | str):
    return "float or str " + repr(arg)

print(fun(1), fun([1,2]), fun(1.5), fun("x"), fun(None), fun(True))
print(fun.dispatch(bool).__name__, sorted(k.__name__ for k in fun.registry))

class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
print(Neg().neg(5), Neg().neg(True))
try:
    Neg().neg("a")
except NotImplementedError as e:
    print(e)
class A:
    def f(self, x): return ("f", type(self).__name__, x)
    @classmethod
    def c(cls, x): return ("c", cls.__name__, x)
    @staticmethod
    def s(x): return ("s", x)
a = A()
print(A.__dict__["f"].__get__(a, A)(1), A.__dict__["f"].__get__(None, A) is A.__dict__["f"])
print(A.__dict__["c"].__get__(a)(2), A.__dict__["c"].__get__(None, A)(3))
print(A.__dict__["s"].__get__(a, A)(4))
print(hasattr(len, "__get__"), hasattr(A.f, "__get__"))
