# tornado: 6.5
# request: GET /work at 0
# request: GET /ping at 120
import time
from tornado import web
from tornado.ioloop import IOLoop, PeriodicCallback

def blocking(n):
    time.sleep(0.3)
    return n + 1

class WorkHandler(web.RequestHandler):
    async def get(self):
        loop = IOLoop.current()
        for ms in (50, 100, 200):
            loop.call_later(ms / 1000, print, "timer", ms)
        r = await loop.run_in_executor(None, blocking, 41)
        print("executor result", r)
        self.write("work %d" % r)

class PingHandler(web.RequestHandler):
    def get(self):
        print("ping served while the executor sleeps")
        self.write("pong")

routes = [(r"/work", WorkHandler), (r"/ping", PingHandler)]
