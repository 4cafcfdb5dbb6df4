import itertools
def read_lines():
    data = ["10,apple", "bad line", "20,banana", "", "5,cherry", "x,y"]
    for line in data:
        yield line
def parse(lines):
    for ln in lines:
        parts = ln.split(",")
        if len(parts) != 2:
            continue
        try:
            yield int(parts[0]), parts[1]
        except ValueError as e:
            print("skip:", e)
def running_total(pairs):
    total = 0
    for n, name in pairs:
        total += n
        yield name, total
for name, tot in running_total(parse(read_lines())):
    print(f"{name:>8}: {tot:3d}")
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (count, avg)
        total += x
        count += 1
        avg = total / count
g = averager()
next(g)
for v in [10, 20, 5]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)
def delegator():
    r = yield from averager()
    print("inner returned", r)
    yield "end"
d = delegator()
print(next(d), d.send(4), d.send(8), d.send(None))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 15)))
print(list(itertools.takewhile(lambda x: x < 100, fib())))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
