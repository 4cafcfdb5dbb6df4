# __enter__ and __exit__: order of calls, values, exception info, suppression
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", exc_type.__name__ if exc_type else None)
        return False
with Tag("html") as html:
    with Tag("body"):
        print("content of", html.name)
with Tag("a") as a, Tag("b") as b:
    print(a.name + b.name)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return "entered"
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", repr(exc))
            return True
        return False
with Suppress(KeyError) as value:
    print(value)
    {}["missing"]
    print("not reached")
print("after suppress")
try:
    with Suppress(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("caught", e)
try:
    with Tag("outer"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("after exit:", e)
def early():
    with Tag("fn"):
        return "returned"
print(early())
for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            break
