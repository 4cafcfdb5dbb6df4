import threading
results = []
lock = threading.Lock()
counter = 0
def worker(n, scale=1):
    global counter
    with lock:
        counter += n
    results.append((threading.current_thread().name, n * scale))
threads = [threading.Thread(target=worker, args=(i,), kwargs={'scale': 10}) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, counter, [t.is_alive() for t in threads], threading.active_count(), threading.current_thread().name)
class MyThread(threading.Thread):
    def __init__(self, value):
        super().__init__(name=f"my-{value}")
        self.value = value
        self.result = None
    def run(self):
        self.result = self.value ** 2
t = MyThread(7)
print(t.is_alive(), t.daemon)
t.start()
t.join()
print(t.name, t.result, t.is_alive())
for bad in [t.start, threading.Thread().join, threading.Lock().release, threading.RLock().release, lambda: threading.Semaphore(-1), lambda: threading.BoundedSemaphore(1).release()]:
    try: bad()
    except (RuntimeError, ValueError) as e: print(type(e).__name__, e)
e = threading.Event(); print(e.is_set(), e.wait(0.01)); e.set(); print(e.wait(), e.is_set())
s = threading.Semaphore(2); print(s.acquire(), s.acquire(), s.acquire(blocking=False)); s.release()
r = threading.RLock()
with r:
    with r:
        print('reentrant ok')
l = threading.Lock(); print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01)); l.release()
data = threading.local(); data.x = 1
def show():
    print(hasattr(data, 'x')); data.x = 2
th = threading.Thread(target=show); th.start(); th.join(); print(data.x)
c = threading.Condition()
with c:
    c.notify_all(); print(c.wait(0.01), c.wait_for(lambda: True))
print(threading.main_thread().name, threading.Thread(target=print).name, threading.Thread().name, threading.Thread(name='x', daemon=True).daemon)
