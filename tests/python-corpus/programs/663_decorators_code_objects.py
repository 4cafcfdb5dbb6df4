from functools import partial, singledispatch, wraps, total_ordering
def counted(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
def validate(**types):
    def deco(fn):
        @wraps(fn)
        def inner(*args, **kwargs):
            code = fn.__code__
            names = code.co_varnames[:code.co_argcount]
            for name, val in list(zip(names, args)) + list(kwargs.items()):
                if name in types and not isinstance(val, types[name]):
                    raise TypeError(f"{name} must be {types[name].__name__}, got {type(val).__name__}")
            return fn(*args, **kwargs)
        return inner
    return deco
@counted
@validate(x=int, y=(int))
def add(x, y=0):
    """Add two ints."""
    return x + y
print(add(1, 2), add(3, y=4), add.calls, add.__name__, add.__doc__, add.__wrapped__.__code__.co_varnames)
try:
    add("a", 1)
except TypeError as e:
    print(e, add.calls)
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter(10)
print(c(), c(5), c.__name__, c.__qualname__)
power = lambda b, e: b ** e
sq = partial(power, e=2); cube = partial(power, e=3)
print(sq(7), cube(3), sq.func is power, sq.keywords, sq.args)
@singledispatch
def describe(x): return f"object {x!r}"
@describe.register
def _(x: int): return f"int {x}"
@describe.register(list)
def _(x): return f"list of {len(x)}: " + ", ".join(describe(i) for i in x)
@describe.register(float)
@describe.register(complex)
def _(x): return f"number {x}"
print(describe([1, 2.5, "s", 3j, True]))
@total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "Version('" + ".".join(map(str, self.parts)) + "')"
vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.0", "0.9.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1.9"), Version("2") <= Version("1"))
