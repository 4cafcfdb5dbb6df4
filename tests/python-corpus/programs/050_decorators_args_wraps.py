# decorators with arguments and functools.wraps
import functools
def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    """Return x."""
    return x
print(roll(7), roll.__name__, roll.__doc__, roll.__wrapped__(1))
def plain(fn):
    def wrapper():
        return fn()
    return wrapper
@plain
def documented():
    """Docs."""
    return 1
print(documented.__name__, documented.__doc__)
def prefix(p="> "):
    def deco(fn):
        @functools.wraps(fn)
        def inner(msg):
            return p + fn(msg)
        return inner
    return deco
@prefix()
def a(msg):
    return msg
@prefix(p="# ")
def b(msg):
    return msg
print(a("one"), b("two"), a.__qualname__)
def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
