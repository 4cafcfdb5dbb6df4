# lambdas as values, in sort keys, immediately invoked
square = lambda x: x * x
print(square(7), (lambda a, b=2: a ** b)(3), (lambda *a: sum(a))(1, 2, 3))
print((lambda **kw: sorted(kw))(b=1, a=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(sym, ops[sym](6, 3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
print(list(map(lambda s: s.upper(), ["a", "b"])), list(filter(lambda n: n % 2, range(6))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(square.__name__, (lambda: None)() is None)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(i) for i in range(4)])
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
print((lambda x, /, y: x - y)(10, y=4))
