import functools
def repeat(times):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def greet(name, punct="!"):
    return f"hi {name}{punct}"
print(greet("bob"), greet("amy", punct="?"))
adders = [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in late])
def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memoize
def slow_square(n):
    return n * n
print([slow_square(i % 3) for i in range(6)], sorted(slow_square.cache.items()))
@functools.lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths.cache_info())
