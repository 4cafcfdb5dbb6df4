# StopIteration semantics: PEP 479, iterating exhausted generators, next with default
def leaky():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def stops_early():
    yield 1
    return
    yield 2
print(list(stops_early()))
def returns_value():
    yield "x"
    return 42
for item in returns_value():
    print("loop item", item)
print(list(returns_value()))
g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, "args", e.args)
try:
    next(g)
except StopIteration as e:
    print("second time value", e.value)
it = iter([])
print(next(it, "default"), next(iter("a")))
def manual():
    raise StopIteration("explicit")
    yield
try:
    next(manual())
except RuntimeError as e:
    print("RuntimeError:", e)
e = StopIteration(5)
print(e.value, repr(e), str(e))
print(repr(StopIteration()), StopIteration().value)
