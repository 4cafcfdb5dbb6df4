# tornado: 6.5
# request: GET /task at 0
# request: GET /task at 30
from tornado import gen, web
from tornado.ioloop import IOLoop
import time

def slow_add(a, b, callback):
    print("slow_add", a, b)
    IOLoop.current().add_timeout(time.time() + 0.05, lambda: callback(a + b))

@gen.engine
def compute(x, callback):
    r = yield gen.Task(slow_add, x, 10)
    print("engine got", r)
    callback(r * 2)

class TaskHandler(web.RequestHandler):
    @web.asynchronous
    @gen.engine
    def get(self):
        v = yield gen.Task(compute, 1)
        print("handler got", v)
        both = yield [gen.Task(slow_add, 1, 2), gen.Task(slow_add, 3, 4)]
        print("both", both)
        self.finish("v=%s both=%s" % (v, both))

routes = [(r"/task", TaskHandler)]
