# a round-robin scheduler of generator tasks, like a tiny event loop
from collections import deque
class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.tick = 0
        self.log = []
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
    def run(self):
        while self.ready:
            name, gen, value = self.ready.popleft()
            self.tick += 1
            try:
                request = gen.send(value)
            except StopIteration as stop:
                self.log.append(f"[{self.tick}] {name} finished -> {stop.value!r}")
                continue
            if isinstance(request, tuple) and request[0] == "spawn":
                child_name = f"{name}.child"
                self.spawn(child_name, request[1])
                self.ready.append((name, gen, child_name))
            else:
                self.log.append(f"[{self.tick}] {name} yielded {request!r}")
                self.ready.append((name, gen, self.tick))
def worker(n):
    total = 0
    for i in range(n):
        got = yield f"step {i}"
        total += got
    return total
def parent():
    child = yield ("spawn", worker(2))
    reply = yield f"spawned {child}"
    return f"parent done at {reply}"
s = Scheduler()
s.spawn("A", worker(3))
s.spawn("B", worker(1))
s.spawn("P", parent())
s.run()
print("\n".join(s.log))
print("ticks:", s.tick)
