from contextlib import contextmanager, suppress, ExitStack
class Timer:
    def __init__(self, name):
        self.name = name
        self.events = []
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError
with Timer("a") as t:
    t.events.append(1)
print(t.events)
with Timer("b"):
    raise KeyError("swallowed")
print("after b")
try:
    with Timer("c"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("handled zero division")
    finally:
        print(f"</{name}>")
with tag("div") as up, tag("span"):
    print("inside", up)
with tag("p"):
    1 / 0
print("continues")
with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")
