def read_lines():
    data = """alpha 3
beta 7
# comment
gamma 12
delta x
epsilon 5"""
    for i, line in enumerate(data.splitlines(), 1):
        yield i, line
def non_empty(lines):
    for n, line in lines:
        if line.strip() and not line.startswith("#"):
            yield n, line
def parse(lines):
    for n, line in lines:
        name, _, value = line.partition(" ")
        try:
            yield name, int(value)
        except ValueError:
            print(f"line {n}: bad value {value!r}")
def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, value, total
for row in running_total(parse(non_empty(read_lines()))):
    print(row)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
print(sum(x for x in itertools.takewhile(lambda v: v < 1000, fib()) if x % 2 == 0))
gen = (x * x for x in range(5))
print(next(gen), next(gen), list(gen), list(gen))
def countdown(n):
    print("starting")
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1
    return "done"
c = countdown(5)
print(next(c), next(c), c.send(10), next(c))
try:
    while True:
        next(c)
except StopIteration as e:
    print("stopped with", e.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1, 2], range(3), {"k": 1})))
