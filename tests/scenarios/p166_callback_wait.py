# tornado: 6.5
# request: GET /cw at 0
from tornado import gen, web
from tornado.ioloop import IOLoop

def produce(n, callback):
    IOLoop.current().add_timeout(IOLoop.current().time() + 0.01 * n, lambda: callback("item%d" % n))

class CwHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        produce(3, callback=(yield gen.Callback("a")))
        produce(1, callback=(yield gen.Callback("b")))
        print("both started")
        b = yield gen.Wait("b")
        print("b", b)
        a = yield gen.Wait("a")
        print("a", a)
        self.write("%s %s" % (a, b))

routes = [(r"/cw", CwHandler)]
