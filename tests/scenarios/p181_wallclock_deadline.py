# tornado: 6.5
# request: GET /wall at 0
# client-timeout: 400
import time
from tornado import gen, web
from tornado.ioloop import IOLoop

class WallHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        loop = IOLoop.current()
        print("loop time looks like wall time:", abs(loop.time() - time.time()) < 5)
        done = []
        loop.add_timeout(time.time() + 0.05, lambda: done.append("wall"))
        loop.add_timeout(loop.time() + 0.05, lambda: done.append("loop"))
        yield gen.sleep(0.1)
        print("fired", done)
        try:
            yield gen.with_timeout(time.time() + 0.05, gen.sleep(0.2))
            print("with_timeout: no timeout")
        except gen.TimeoutError:
            print("with_timeout: timed out")
        self.write(",".join(done))

routes = [(r"/wall", WallHandler)]
