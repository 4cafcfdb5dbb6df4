# closures capture variables, not values; late binding in loops
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_multipliers_bound():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers_bound()])
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner
print(outer()())
def adder(n):
    def add(m):
        return n + m
    return add
add5 = adder(5)
print(add5(10), adder(1)(1), add5.__name__)
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
acc = accumulator()
acc("a")
print(acc("b"))
def counter_pair():
    n = 0
    def get():
        return n
    def bump():
        nonlocal n
        n += 10
    return get, bump
get, bump = counter_pair()
bump(); bump()
print(get())
