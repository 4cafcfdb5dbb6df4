# functools.lru_cache and cache
import functools
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(calls))
print(fib(30), len(calls))
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
fib.cache_clear()
print(fib.cache_info().currsize)
@functools.lru_cache(maxsize=2)
def slow_square(n):
    print("  computing", n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    print(n, slow_square(n))
print(slow_square.cache_info())
@functools.cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(30), ways.__name__)
@functools.lru_cache
def kw(a, b=1):
    print("  kw called", a, b)
    return a + b
print(kw(1), kw(1), kw(1, b=1), kw(a=1))
