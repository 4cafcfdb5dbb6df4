import queue
q = queue.Queue()
for i in range(5):
    q.put(i * i)
print(q.qsize(), q.empty(), q.full())
while not q.empty():
    print(q.get(), end=" ")
print()
try:
    q.get_nowait()
except queue.Empty:
    print("empty", repr(queue.Empty()))
b = queue.Queue(maxsize=2)
b.put("a"); b.put("b")
print(b.full())
try:
    b.put("c", timeout=0.01)
except queue.Full as e:
    print("full", type(e).__name__)
pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid")]:
    pq.put(item)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue()
for c in "abc":
    lq.put(c)
print("".join(lq.get() for _ in range(3)))
sq = queue.SimpleQueue()
sq.put(1)
print(sq.get(), sq.empty(), sq.qsize())
t = queue.Queue()
t.put(1); t.get(); t.task_done(); t.join()
try:
    t.task_done()
except ValueError as e:
    print(e)
print(queue.Queue[int])
import types
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
class Box:
    __class_getitem__ = classmethod(types.GenericAlias)
print(Box[int], Box[int].__origin__)
