# tornado: 6.5
# request: GET /sched at 0
import time
from tornado import gen, web
from tornado.ioloop import IOLoop

class SchedHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        loop = IOLoop.current()
        out = []
        self.out = out
        loop.add_timeout(loop.time() - 1, lambda: out.append("past-timeout"))
        loop.add_callback(lambda: out.append("cb1"))
        if hasattr(loop, "call_later"):
            loop.call_later(0, lambda: out.append("later0"))
            loop.spawn_callback(lambda: out.append("spawn"))
        else:
            loop.add_timeout(time.time(), lambda: out.append("later0"))
            loop.add_callback(lambda: out.append("spawn"))
        loop.add_callback(lambda: out.append("cb2"))
        loop.add_callback(self.nested)
        loop.add_timeout(loop.time() + 0.03, self.report)

    def nested(self):
        loop = IOLoop.current()
        self.out.append("nested")
        loop.add_callback(lambda: self.out.append("nested-cb"))
        loop.add_timeout(loop.time() - 1, lambda: self.out.append("nested-past"))

    def report(self):
        print(" ".join(self.out))
        self.finish(",".join(self.out))

routes = [(r"/sched", SchedHandler)]
