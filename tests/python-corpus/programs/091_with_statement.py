# with statements: generator-based context managers and exception passing
import contextlib
@contextlib.contextmanager
def section(name):
    print(f"enter {name}")
    try:
        yield name.upper()
    finally:
        print(f"exit {name}")
with section("alpha") as value:
    print("inside", value)
try:
    with section("beta"):
        raise ValueError("from body")
except ValueError as e:
    print("caught after exit:", e)
@contextlib.contextmanager
def ignoring(*types):
    try:
        yield
    except types as e:
        print("ignored", type(e).__name__)
with ignoring(KeyError, IndexError):
    [][1]
print("continues")
with contextlib.suppress(ZeroDivisionError):
    print(1 / 0)
print("suppressed division")
class Resource:
    opened = 0
    def __enter__(self):
        Resource.opened += 1
        return self
    def __exit__(self, *exc):
        Resource.opened -= 1
with Resource() as r1, Resource() as r2:
    print("open:", Resource.opened, r1 is not r2)
print("open after:", Resource.opened)
def find_first(items):
    with section("search"):
        for i in items:
            if i > 2:
                return i
print(find_first([1, 3, 5]))
