# collections.deque for a sliding window rate limiter and a BFS over routes
from collections import deque

window = deque(maxlen=4)
for t in [1, 2, 3, 5, 8, 13, 21]:
    window.append(t)
    print(t, list(window), window[0], window[-1], len(window))
print(window, window.maxlen)


class RateLimiter:
    def __init__(self, limit, period):
        self.limit, self.period = limit, period
        self.hits = deque()

    def allow(self, now):
        while self.hits and self.hits[0] <= now - self.period:
            self.hits.popleft()
        if len(self.hits) < self.limit:
            self.hits.append(now)
            return True
        return False


rl = RateLimiter(3, 10)
print([rl.allow(t) for t in [0, 1, 2, 3, 10, 11, 12, 13, 25]])
graph = {"/": ["/a", "/b"], "/a": ["/a/1"], "/b": ["/a/1", "/b/2"], "/a/1": [], "/b/2": ["/"]}
seen, queue, order = {"/"}, deque(["/"]), []
while queue:
    node = queue.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order)
d = deque("abcde")
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.count("a"), d.index("c"))
d.extendleft("xy")
d.remove("b")
print(d, d.pop(), d.popleft(), d)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
