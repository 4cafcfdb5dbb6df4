# yield from: delegation, return values, nested generators
def inner():
    yield "i1"
    yield "i2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("  inner returned", result)
    yield "o1"
    return "outer-result"
g = outer()
print(list(g))
def wrapper():
    r = yield from outer()
    yield "wrapper got " + r
print(list(wrapper()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def tree(depth):
    if depth == 0:
        return 1
    left = yield from tree(depth - 1)
    right = yield from tree(depth - 1)
    yield depth
    return left + right
g = tree(3)
vals = []
try:
    while True:
        vals.append(next(g))
except StopIteration as e:
    print(vals, "leaves:", e.value)
def nothing():
    return "immediate"
    yield
def use_nothing():
    x = yield from nothing()
    yield x
print(list(use_nothing()))
