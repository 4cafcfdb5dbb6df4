import functools
import inspect


def connect(host, port: int = 80, /, timeout=5.0, *hooks, retries: int = 3, **options) -> bool:
    """Open a connection.
        Extra indentation is kept relative to the margin.
    """

sig = inspect.signature(connect)
print(sig)
print(repr(sig), sig.return_annotation)
for name, param in sig.parameters.items():
    print(f"{name:8} {str(param.kind):22} {param.kind.description:20} {param.default!r:12} {param}")
print(inspect.Parameter.empty is sig.parameters["host"].default, int(inspect.Parameter.KEYWORD_ONLY))

bound = sig.bind("db", 5432, 1.0, "log", retries=9, ssl=True)
print(bound)
print(bound.args, bound.kwargs)
partial = sig.bind_partial("db")
partial.apply_defaults()
print(partial.arguments)
for args, kwargs in [((), {}), (("h",), {"host": "x"}), (("h", 1, 2), {"timeout": 3}), (("h",), {"retries": 1, "x": 2})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


class Service:
    """A service."""

    def __init__(self, name, *, debug=False):
        self.name = name

    def start(self, delay=0):
        """Start it."""
    @classmethod
    def create(cls, config): ...
    @staticmethod
    def version(): ...

class Web(Service):
    def start(self, delay=0): ...


print(inspect.signature(Service), inspect.signature(Service("x").start), inspect.signature(Service.create))
print(inspect.signature(Service.version), inspect.signature(lambda a, *, b=1: 0))
print(inspect.getdoc(connect))
print(inspect.getdoc(Web.start), inspect.getdoc(Web), inspect.cleandoc("  one\n    two\n      three\n"))
print([name for name, _ in inspect.getmembers(Service) if not name.startswith("_")])
print([name for name, _ in inspect.getmembers(Service("s"), inspect.ismethod)])

def gen(): yield 1
async def coro(): pass
wrapped = functools.wraps(connect)(lambda *a, **k: connect(*a, **k))
print(inspect.signature(wrapped) == sig, inspect.unwrap(wrapped) is connect)
checks = [inspect.isfunction, inspect.isclass, inspect.ismethod, inspect.isgeneratorfunction, inspect.iscoroutinefunction, inspect.isgenerator]
for obj in (connect, Service, Service("s").start, gen, coro, gen()):
    print([int(check(obj)) for check in checks])
