import functools
def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        args_repr = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"Calling {func.__name__}({', '.join(args_repr)})")
        result = func(*args, **kwargs)
        print(f"{func.__name__!r} returned {result!r}")
        return result
    return wrapper
def repeat(times=2):
    def deco(f):
        @functools.wraps(f)
        def inner(*a, **k):
            return [f(*a, **k) for _ in range(times)]
        return inner
    return deco
def count_calls(f):
    @functools.wraps(f)
    def w(*a, **k):
        w.calls += 1
        return f(*a, **k)
    w.calls = 0
    return w
@log_calls
def add(a, b=2, *, scale=1):
    """Add things."""
    return (a + b) * scale
@repeat(3)
@count_calls
def hello(name):
    return "hi " + name
add(1)
add(3, 4, scale=10)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(hello("bob"), hello.__wrapped__.calls if hasattr(hello, "__wrapped__") else None)
def singleton(cls):
    instances = {}
    @functools.wraps(cls)
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(1) is Config(3))
@functools.lru_cache(maxsize=None)
def fibo(n):
    return n if n < 2 else fibo(n - 1) + fibo(n - 2)
print(fibo(80), fibo.cache_info())
