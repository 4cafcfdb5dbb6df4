# functools: cached_property, cache, singledispatchmethod, total_ordering, cmp_to_key, partialmethod.
from functools import cached_property, cache, singledispatchmethod, total_ordering, cmp_to_key, partialmethod, partial, reduce, lru_cache, wraps, singledispatch
class C:
    n = 0
    @cached_property
    def v(self):
        self.n += 1
        return self.n * 10
c = C(); print(c.v, c.v, c.n, c.__dict__)
del c.v; print(c.v, c.n)
print(type(C.__dict__['v']).__name__, C.v.attrname if hasattr(C.v, 'attrname') else C.__dict__['v'].attrname)
@cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x): return x * x
for i in [1, 2, 1, 3, 2]: sq(i)
print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
class Fmt:
    @singledispatchmethod
    def show(self, arg): return f"obj {arg!r}"
    @show.register
    def _(self, arg: int): return f"int {arg}"
    @show.register(list)
    def _(self, arg): return f"list {len(arg)}"
f = Fmt(); print(f.show(1), f.show([1, 2]), f.show("s"), f.show(True))
@total_ordering
class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return f"V({self.x})"
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1), sorted([V(3), V(1)]))
def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: cmp(b, a))))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
class Cell:
    def __init__(self): self.state = None
    def set(self, v): self.state = v
    on = partialmethod(set, True)
    off = partialmethod(set, False)
cl = Cell(); cl.on(); print(cl.state); cl.off(); print(cl.state)
p = partial(int, base=2); print(p("101"), p.func, p.args, p.keywords, repr(p))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
@singledispatch
def proc(x): return "base"
@proc.register(int)
@proc.register(float)
def _(x): return "num"
print(proc(1), proc(1.5), proc("s"), proc.dispatch(bool).__name__ if False else sorted(t.__name__ for t in proc.registry))
try:
    V(1) < 3
except AttributeError as e: print(e)
try:
    @total_ordering
    class NoOrd: pass
except ValueError as e: print(e)
