# functions are objects: attributes, functions in data structures, higher-order helpers
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), len(paths.cache))
def pipeline(value, *steps):
    for step in steps:
        value = step(value)
    return value
print(pipeline("  Hello World  ", str.strip, str.lower, lambda s: s.replace(" ", "-")))
handlers = {name: fn for name, fn in [("upper", str.upper), ("title", str.title), ("len", len)]}
print({name: fn("mixed case") for name, fn in handlers.items()})
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls, counter.__name__, callable(counter))
def apply_n(fn, n):
    return lambda x: x if n == 0 else apply_n(fn, n - 1)(fn(x))
print(apply_n(dbl, 10)(1), apply_n(inc, 0)(5))
def partial_right(fn, *right):
    return lambda *left: fn(*left, *right)
print(partial_right(pow, 2)(9), partial_right(divmod, 7)(50))
