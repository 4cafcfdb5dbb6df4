import functools
class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
    def _scale(self, factor, *, offset=0):
        return self.r * factor + offset
    double = functools.partialmethod(_scale, 2)
    triple_plus = functools.partialmethod(_scale, 3, offset=1)
c = Circle(2)
print(c.area, c.area, c.double(), c.triple_plus(), "area" in vars(c))
del c.area
print(c.area)
@functools.cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(90), ways.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x):
    print("sq", x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
p = functools.partial(int, base=16)
print(p("ff"), p.func, p.args, p.keywords, functools.partial(max, 5)(3, 9))
print(functools.reduce(lambda acc, x: acc + [acc[-1] + x], [1, 2, 3], [0]), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(max, [])
except TypeError as e:
    print(e)
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return w
@deco
def documented(x: int) -> int:
    """The real doc."""
    return x
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__)
class Dispatch:
    @functools.singledispatchmethod
    def show(self, arg):
        return f"object {arg!r}"
    @show.register
    def _(self, arg: int):
        return f"int {arg}"
    @show.register(list)
    def _(self, arg):
        return f"list of {len(arg)}"
d = Dispatch()
print(d.show(1), d.show([1, 2]), d.show("s"), d.show(True))
