import functools
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    inc.reset = reset
    return inc
c = make_counter(10)
print(c(), c(), c(5))
c.reset()
print(c())
def trace(fn):
    depth = 0
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal depth
        indent = "  " * depth
        arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"{indent}-> {fn.__name__}({arg_text})")
        depth += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            depth -= 1
        print(f"{indent}<- {fn.__name__} = {result!r}")
        return result
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(4)
print(fact.__name__, fact.__wrapped__.__name__, fact.__doc__)
