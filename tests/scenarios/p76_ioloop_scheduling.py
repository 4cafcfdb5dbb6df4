# tornado: 6.5
# request: GET /sched at 0
import datetime
from tornado import gen, web
from tornado.ioloop import IOLoop

class SchedHandler(web.RequestHandler):
    async def get(self):
        loop = IOLoop.current()
        start = loop.time()
        def stamp(label):
            print(label, "at", round((loop.time() - start) * 1000, -1), "ms")
        loop.add_timeout(datetime.timedelta(milliseconds=60), stamp, "timedelta 60")
        loop.call_at(start + 0.04, stamp, "call_at 40")
        loop.call_later(0.02, stamp, "call_later 20")
        h = loop.call_later(0.03, stamp, "removed 30")
        loop.remove_timeout(h)
        loop.add_callback(stamp, "add_callback")
        fut = gen.sleep(0.05)
        loop.add_future(fut, lambda f: stamp("add_future done=%s" % f.done()))
        await gen.sleep(0.1)
        self.write("scheduled")

routes = [(r"/sched", SchedHandler)]
