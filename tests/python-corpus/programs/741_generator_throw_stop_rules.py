# Throwing into unstarted and finished generators, PEP 479, return values, names.
def one():
    yield 1

g = one()
try:
    g.throw(IndexError)
except IndexError as e:
    print("unstarted throw", type(e).__name__, list(g))
g = one()
next(g)
try:
    g.throw(IndexError, IndexError("x"), None)
except IndexError as e:
    print("3-arg form", e)
g = one()
g.close()
print(list(g), g.__name__, g.__qualname__)

def stopper():
    yield 1
    raise StopIteration("bad")

try:
    list(stopper())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
g = one()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("thrown StopIteration:", e)

def ret():
    return 5
    yield

try:
    next(ret())
except StopIteration as e:
    print(repr(e), e.value, e.args)

def ctx():
    try:
        raise KeyError("a")
    except KeyError:
        yield 1
        raise ValueError("b")

try:
    list(ctx())
except ValueError as e:
    print(repr(e.__context__))
