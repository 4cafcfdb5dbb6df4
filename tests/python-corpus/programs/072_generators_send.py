# send(): values flow into the generator; the first send must be None
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("done with", e.value)
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count
avg = averager()
avg.send(None)
print(avg.send(10), avg.send(20), avg.send(45))
fresh = echo()
try:
    fresh.send("too early")
except TypeError as e:
    print("TypeError:", e)
def delegate():
    result = yield from echo()
    yield ("delegate saw", result)
d = delegate()
next(d)
d.send(1)
d.send(2)
print(d.send(None))
def running():
    x = yield "first"
    print("  got", x)
    y = yield "second"
    print("  got", y)
r = running()
print(r.send(None), r.send("A"))
print(next(r, "finished"))
