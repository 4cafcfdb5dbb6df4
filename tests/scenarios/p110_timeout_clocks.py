# tornado: 6.5
# request: GET /clocks at 0
import time
from tornado import gen, web
from tornado.ioloop import IOLoop

class ClocksHandler(web.RequestHandler):
    async def get(self):
        loop = IOLoop.current()
        loop.add_timeout(time.time() + 0.05, lambda: print("wall-clock deadline fired"))
        loop.add_timeout(loop.time() + 0.05, lambda: print("loop-clock deadline fired"))
        loop.call_later(-1, lambda: print("negative delay fires at once"))
        t0 = time.monotonic()
        l0 = loop.time()
        await gen.sleep(0.1)
        print("monotonic delta", round(time.monotonic() - t0, 1), "loop delta", round(loop.time() - l0, 1))
        print("loop clock is monotonic:", abs(loop.time() - time.monotonic()) < 1)
        self.write("clocks")

routes = [(r"/clocks", ClocksHandler)]
