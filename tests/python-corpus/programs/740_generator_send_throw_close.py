# send/throw/close on generators: values in, exceptions in, GeneratorExit and its misuse.
def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", repr(e))
        yield 99
    finally:
        print("finally")

g = gen()
print(next(g), g.send("a"), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise

g = closer()
next(g)
g.close()
g.close()
print("closed twice")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    (lambda: (yield))().send(5)
except TypeError as e:
    print(e)

def reenter():
    next(me)
    yield

me = reenter()
try:
    next(me)
except ValueError as e:
    print(e)
