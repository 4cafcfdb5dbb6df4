# coroutines: exceptions, throw, close, awaiting twice
class Pause:
    def __await__(self):
        return (yield "paused")
async def failing():
    await Pause()
    raise ValueError("inside coroutine")
c = failing()
print(c.send(None))
try:
    c.send(None)
except ValueError as e:
    print("ValueError:", e)
async def guarded():
    try:
        await Pause()
    except KeyError as e:
        return "handled " + repr(e)
g = guarded()
g.send(None)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
async def cleanup():
    try:
        await Pause()
    finally:
        print("  finally in coroutine")
cl = cleanup()
cl.send(None)
cl.close()
async def done():
    return 1
d = done()
try:
    d.send(None)
except StopIteration as e:
    print("first:", e.value)
try:
    d.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def nested():
    total = 0
    for i in range(3):
        total += await double(i)
    return total
async def double(x):
    return x * 2
n = nested()
try:
    n.send(None)
except StopIteration as e:
    print("nested:", e.value)
n2 = double(1)
n2.close()
