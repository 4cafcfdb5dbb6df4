# async def / await driven by hand, without an event loop
class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        result = yield self.label
        return result
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    got = await Suspend("waiting for y")
    return x * got
coro = compute()
print(type(coro).__name__)
print(coro.send(None))
try:
    coro.send(10)
except StopIteration as e:
    print("finished with", e.value)
simple = add(20, 22)
try:
    simple.send(None)
except StopIteration as e:
    print("value", e.value)
async def two_steps():
    first = await Suspend("one")
    second = await Suspend("two")
    return [first, second]
c = two_steps()
print(c.send(None), c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print(e.value)
def run(coro):
    value = None
    while True:
        try:
            label = coro.send(value)
        except StopIteration as stop:
            return stop.value
        value = label.upper()
print(run(two_steps()))
