# tornado: 6.5
# request: GET /both at 0
# request: GET /plain at 100
from tornado import gen, web
from tornado.ioloop import IOLoop

def fail(tag):
    print("fail runs", tag)
    raise ArithmeticError("late " + tag)

def later(delay, callback):
    IOLoop.current().add_timeout(IOLoop.current().time() + delay, callback)

class BothHandler(web.RequestHandler):
    @web.asynchronous
    @gen.coroutine
    def get(self):
        IOLoop.current().add_timeout(IOLoop.current().time() + 0.05, lambda: fail("both"))
        yield gen.Task(later, 0.01)
        self.write("both done")

class PlainHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        IOLoop.current().add_timeout(IOLoop.current().time() + 0.03, lambda: fail("plain"))
        yield gen.Task(later, 0.08)
        print("plain resumed")
        self.write("plain done")

routes = [(r"/both", BothHandler), (r"/plain", PlainHandler)]
