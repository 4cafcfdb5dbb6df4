# generator functions: yield, state between calls, return ends iteration
def countdown(n):
    print("  start")
    while n > 0:
        yield n
        n -= 1
    print("  done")
g = countdown(3)
print(type(g).__name__, "created, nothing ran yet")
print(next(g))
print(next(g))
print(list(g))
print(next(g, "exhausted"))
def gen_with_return():
    yield 1
    yield 2
    return "result"
g2 = gen_with_return()
print(next(g2), next(g2))
try:
    next(g2)
except StopIteration as e:
    print("StopIteration value:", e.value, repr(e))
def take(n, iterable):
    for i, x in enumerate(iterable):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, naturals())), list(take(3, "abcdef")))
def pairs(seq):
    it = iter(seq)
    for a in it:
        yield a, next(it, None)
print(list(pairs([1, 2, 3, 4, 5])))
def empty():
    return
    yield
print(list(empty()), list(x for x in empty()))
