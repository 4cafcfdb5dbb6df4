# with: parenthesized items (one line, several lines, trailing comma), exit
# order, suppression, and the protocol errors.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress
with (CM("a") as a, CM("b") as b):
    print("body", a, b)
with (
    CM("c") as c,
    CM("d", suppress=True) as d,
):
    raise ValueError("suppressed by d")
with (CM("e")) as e, CM("f"):
    print("body", e)
with (CM("g"), CM("h")):
    print("two managers")
with (CM("i") if e else CM("j")) as which:
    print("chosen", which)
def first_line():
    with (CM("k") as k,
          CM("l") as l):
        return k + l
print(first_line())
class EnterOnly:
    def __enter__(self): return 1
class ExitOnly:
    def __exit__(self, *a): return None
for bad in (EnterOnly(), ExitOnly(), 5):
    try:
        with bad:
            print("not reached")
    except TypeError as err:
        print("TypeError:", err)
class FailingExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("from exit")
try:
    with FailingExit():
        raise ValueError("original")
except RuntimeError as err:
    print(repr(err), repr(err.__context__))
