# throw() and close(): exceptions raised at the paused yield, finally blocks run
def worker():
    try:
        while True:
            try:
                x = yield
                print("  processing", x)
            except ValueError as e:
                print("  handled ValueError:", e)
    finally:
        print("  cleanup")
w = worker()
next(w); w.send(1)
w.throw(ValueError("bad input"))
w.send(2)
w.close()
try:
    w.send(3)
except StopIteration:
    print("closed; send after close -> StopIteration")
def no_handler():
    yield 1
    yield 2
g = no_handler()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError:", e)
print(next(g, "exhausted after throw"))
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
g2 = catches_exit()
next(g2)
g2.close()
def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2
g3 = yields_in_finally()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def recovers():
    try:
        yield "a"
    except ZeroDivisionError:
        yield "recovered"
g4 = recovers()
print(next(g4), g4.throw(ZeroDivisionError), next(g4, "end"))
unstarted = no_handler()
unstarted.close()
print("closed unstarted:", list(unstarted))
