# yield from: send and throw pass through, return values, iterators without send.
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return count, avg

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in {"a": [1, 2, 3], "b": [10, 20]}.items():
    group = grouper(results, key)
    next(group)
    print([group.send(v) for v in values])
    group.send(None)
print(results)

class Counter3:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration(self.i * 10)
        return self.i

def deleg(src):
    r = yield from src
    print("returned", r)

print(list(deleg(Counter3())))
for src in (Counter3(), iter([1, 2])):
    g = deleg(src)
    next(g)
    try:
        g.send(5)
    except AttributeError as e:
        print("AttributeError:", e)
g = deleg(Counter3())
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("thrown through:", e)
