# a tiny future/event-loop written in Python, driving async def coroutines
class Future:
    def __init__(self, label):
        self.label = label
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done, self.result = True, value
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Loop:
    def __init__(self):
        self.ready = []
        self.pending = []
        self.clock = 0
    def create_task(self, coro, name):
        self.ready.append((coro, None, name))
    def sleep(self, delay, value=None):
        fut = Future(f"sleep({delay})")
        self.pending.append((self.clock + delay, len(self.pending), fut, value))
        return fut
    def run(self):
        while self.ready or self.pending:
            while self.ready:
                coro, value, name = self.ready.pop(0)
                try:
                    fut = coro.send(value)
                except StopIteration as stop:
                    print(f"t={self.clock} {name} returned {stop.value!r}")
                    continue
                print(f"t={self.clock} {name} waits on {fut.label}")
                fut.callbacks.append(lambda f, c=coro, n=name: self.ready.append((c, f.result, n)))
            if self.pending:
                self.pending.sort()
                when, _, fut, value = self.pending.pop(0)
                self.clock = when
                fut.set_result(value)
loop = Loop()
async def fetch(url, delay):
    body = await loop.sleep(delay, f"<body of {url}>")
    return len(body)
async def handler(name, urls):
    sizes = []
    for url, delay in urls:
        sizes.append(await fetch(url, delay))
    return sum(sizes)
loop.create_task(handler("h1", [("/a", 3), ("/b", 1)]), "h1")
loop.create_task(handler("h2", [("/long-url", 2)]), "h2")
loop.run()
print("final clock", loop.clock)
