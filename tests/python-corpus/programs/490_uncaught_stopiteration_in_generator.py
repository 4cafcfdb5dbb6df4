# raises: RuntimeError
def gen():
    yield 1
    yield 2
    raise StopIteration
def safe():
    yield 1
    return "done"
s = safe()
print(next(s), next(s, "exhausted"))
g = gen()
print(next(g), next(g))
for x in g:
    print(x)
