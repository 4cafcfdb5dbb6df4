# tornado: 6.5
# request: GET /edge at 0
from tornado import gen, web
from tornado.ioloop import IOLoop

def immediate(v, callback):
    callback(v)

def twice(callback):
    callback("first")
    callback("second")

def raises_now(callback):
    raise TypeError("raised before any callback")

def many_args(callback):
    IOLoop.current().add_callback(callback, 1, 2)

class EdgeHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        print("immediate", (yield gen.Task(immediate, "now")))
        print("twice", (yield gen.Task(twice)))
        try:
            yield gen.Task(raises_now)
        except TypeError as e:
            print("raises_now", e)
        r = yield gen.Task(many_args)
        print("many_args", r)
        self.write("edge")

routes = [(r"/edge", EdgeHandler)]
