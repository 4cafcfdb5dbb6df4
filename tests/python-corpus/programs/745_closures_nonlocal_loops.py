# Closures capture variables, not values; defaults freeze them; nonlocal through levels.
fs = [lambda: i for i in range(3)]
print([f() for f in fs], [f() for f in [lambda i=i: i for i in range(3)]])

def late():
    out = []
    for i in range(3):
        def f():
            return i * 10
        out.append(f)
    i = 100
    return [f() for f in out]
print(late())

def gen_lambdas():
    for i in range(3):
        yield lambda: i
print([f() for f in list(gen_lambdas())], [f() for f in gen_lambdas()])

def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return bump, peek
bump, peek = counter()
print(bump(), bump(), peek())

def deep():
    a = 1
    def i1():
        def i2():
            nonlocal a
            a += 10
        i2()
        return a
    return i1(), a
print(deep())

def before():
    def inner():
        nonlocal y
        y = 2
    y = 1
    inner()
    return y
print(before())

def unbound():
    print(zz)
    zz = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
