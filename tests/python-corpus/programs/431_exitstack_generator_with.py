from contextlib import ExitStack
class Timer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None, exc)
        return False
class Resource:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self
    def __exit__(self, *a):
        print("close", self.n)
with ExitStack() as stack:
    rs = [stack.enter_context(Resource(i)) for i in range(3)]
    stack.callback(print, "callback runs")
    print("using", [r.n for r in rs])
def gen_with():
    with Timer("in-gen"):
        yield 1
        yield 2
for v in gen_with():
    print("got", v)
lock_log = []
class Lock:
    def __enter__(self):
        lock_log.append("acquire")
    def __exit__(self, *exc):
        lock_log.append("release")
        return False
def work():
    with Lock():
        return "value"
print(work(), lock_log)
