# Closing a delegating generator closes the inner one; generator states; types.coroutine.
import inspect
import types

def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
next(g)
g.close()

def gen():
    yield inspect.getgeneratorstate(me)

me = gen()
print(inspect.getgeneratorstate(me), me.gi_running, me.gi_suspended, me.gi_frame is None)
print(next(me))
print(inspect.getgeneratorstate(me), me.gi_suspended, me.gi_frame is None, me.gi_frame.f_lineno)
me.close()
print(inspect.getgeneratorstate(me), me.gi_frame)

@types.coroutine
def tick():
    x = yield "tick"
    return x

async def co():
    r = await tick()
    return r + 1

c = co()
print(inspect.getcoroutinestate(c), c.send(None), inspect.getcoroutinestate(c))
try:
    c.send(41)
except StopIteration as e:
    print("result", e.value, inspect.getcoroutinestate(c))
c = co()
c.send(None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
