# tornado: 6.5
# request: GET /ev at 0
# request: GET /cond at 10
# request: GET /lock at 20
# request: GET /lock at 25
# request: GET /q at 30
from datetime import timedelta
from tornado import gen, locks, queues, web

ev = locks.Event()
cond = locks.Condition()
lock = locks.Lock()
q = queues.Queue(maxsize=1)

class EvHandler(web.RequestHandler):
    async def get(self):
        try:
            await ev.wait(timeout=timedelta(milliseconds=50))
        except gen.TimeoutError:
            print("event timeout")
        self.write("ev")

class CondHandler(web.RequestHandler):
    async def get(self):
        r = await cond.wait(timeout=timedelta(milliseconds=30))
        print("cond result", r)
        self.write("cond %s" % r)

class LockHandler(web.RequestHandler):
    async def get(self):
        try:
            await lock.acquire(timeout=timedelta(milliseconds=20))
        except gen.TimeoutError:
            print("lock timeout")
            self.write("no lock")
            return
        try:
            print("got lock")
            await gen.sleep(0.05)
        finally:
            lock.release()
        self.write("locked")

class QHandler(web.RequestHandler):
    async def get(self):
        q.put_nowait(1)
        try:
            q.put_nowait(2)
        except queues.QueueFull:
            print("full")
        print(q.get_nowait())
        try:
            q.get_nowait()
        except queues.QueueEmpty:
            print("empty")
        try:
            await q.get(timeout=timedelta(milliseconds=10))
        except gen.TimeoutError as e:
            print("get timeout", type(e).__name__)
        self.write("q")

app = web.Application([(r"/ev", EvHandler), (r"/cond", CondHandler), (r"/lock", LockHandler), (r"/q", QHandler)])
