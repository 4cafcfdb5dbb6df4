# functools in service code: memoized lookups, partial handlers, wrapped decorators
import functools

calls = []


@functools.lru_cache(maxsize=3)
def load_user(user_id):
    calls.append(user_id)
    return {"id": user_id, "name": f"user{user_id}"}
for uid in [1, 2, 1, 3, 4, 1, 2]:
    load_user(uid)
print(calls, load_user.cache_info())


def timed(label):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            result = func(*args, **kwargs)
            print(f"[{label}] {func.__name__}{args} -> {result!r}")
            return result
        return wrapper
    return decorator
@timed("math")
def add(a, b):
    """Add two numbers."""
    return a + b


add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))


def handle(method, path, *, verbose=False):
    return f"{method} {path}" + (" (verbose)" if verbose else "")


routes = {
    "get_home": functools.partial(handle, "GET", "/"),
    "post_item": functools.partial(handle, "POST", verbose=True),
}
print(routes["get_home"](), routes["post_item"]("/items"), routes["post_item"].keywords)
print(functools.reduce(lambda acc, kv: acc | {kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))

@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


print(sorted([Version("1.10"), Version("1.2"), Version("1.2.1")]), Version("2.0") >= Version("1.9"))
