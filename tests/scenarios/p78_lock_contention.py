# tornado: 6.5
# request: GET /run at 0
from tornado import gen, locks, web

lock = locks.Lock()
ev = locks.Event()

async def worker(i):
    print("worker", i, "waiting, locked:", lock.locked() if hasattr(lock, "locked") else "?")
    async with lock:
        print("worker", i, "has the lock")
        await gen.sleep(0.02)
    print("worker", i, "released")

async def event_waiter(i):
    await ev.wait()
    print("event waiter", i, "woke")

class RunHandler(web.RequestHandler):
    async def get(self):
        waiters = [event_waiter(i) for i in range(2)]
        workers = [worker(i) for i in range(3)]
        all_done = gen.multi(workers + waiters)
        await gen.sleep(0.1)
        print("is_set", ev.is_set())
        ev.set()
        await all_done
        ev.clear()
        print("cleared", ev.is_set())
        self.write("run")

routes = [(r"/run", RunHandler)]
