# tornado: 6.5
# request: GET /ok at 0
# request: GET /fail at 10
# request: GET /cancel at 20
import time
from concurrent.futures import ThreadPoolExecutor
from tornado import web, gen
from tornado.ioloop import IOLoop

pool = ThreadPoolExecutor(2)

def work(x):
    time.sleep(0.05)
    if x < 0:
        raise ValueError("negative %d" % x)
    return x * x

class OkHandler(web.RequestHandler):
    async def get(self):
        r = await IOLoop.current().run_in_executor(pool, work, 3)
        self.write(str(r))

class FailHandler(web.RequestHandler):
    async def get(self):
        r = await IOLoop.current().run_in_executor(pool, work, -1)
        self.write(str(r))

class CancelHandler(web.RequestHandler):
    def get(self):
        loop = IOLoop.current()
        h = loop.call_later(0.02, print, "should not print")
        loop.remove_timeout(h)
        loop.add_callback(print, "callback", 1, 2)
        h2 = loop.call_at(loop.time() + 0.01, lambda: print("call_at fired"))
        print("handle", type(h2).__name__)
        self.write("scheduled")

app = web.Application([(r"/ok", OkHandler), (r"/fail", FailHandler), (r"/cancel", CancelHandler)])
