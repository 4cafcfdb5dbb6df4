# tornado: 6.5
# request: GET /e at 0
from tornado import gen, web
from tornado.ioloop import IOLoop

def later(v, callback):
    IOLoop.current().add_timeout(IOLoop.current().time() + 0.02, lambda: callback(v))

@gen.engine
def old_style(x, callback):
    v = yield gen.Task(later, x)
    if x == 2:
        raise IndexError("engine failed for %d" % x)
    callback(v * 10)

class EHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        a = yield gen.Task(old_style, 1)
        print("a", a)
        try:
            b = yield gen.Task(old_style, 2)
            print("b", b)
        except IndexError as e:
            print("b failed", e)
        self.write("e %s" % a)

routes = [(r"/e", EHandler)]
