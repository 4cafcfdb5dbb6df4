# with statements: a generator-based context manager written by hand
class contextmanager_from:
    """Wraps a generator function so that `with` runs it up to its yield."""
    def __init__(self, fn, *args):
        self.gen = fn(*args)
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            next(self.gen, None)
            return False
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as raised:
            if raised is exc:
                return False
            raise
        return False
def section(name):
    print(f"enter {name}")
    try:
        yield name.upper()
    finally:
        print(f"exit {name}")
def ignoring(*types):
    try:
        yield
    except types as e:
        print("ignored", type(e).__name__)
with contextmanager_from(section, "alpha") as value:
    print("inside", value)
try:
    with contextmanager_from(section, "beta"):
        raise ValueError("from body")
except ValueError as e:
    print("caught after exit:", e)
with contextmanager_from(ignoring, KeyError, IndexError):
    [][1]
print("continues")
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
    with contextmanager_from(section, "search"):
        for i in items:
            if i > 2:
                return i
print(find_first([1, 3, 5]))
