# tornado: 6.5
# request: GET /co at 0
# client-timeout: 500
from tornado import gen, web
from tornado.ioloop import IOLoop
import time

def explode():
    print("explode runs")
    raise ZeroDivisionError("thrown into the coroutine")

def later(callback):
    IOLoop.current().add_timeout(time.time() + 0.1, lambda: callback("done"))

class CoHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        IOLoop.current().add_timeout(time.time() + 0.02, explode)
        v = yield gen.Task(later)
        print("resumed with", v)
        self.write(v)

routes = [(r"/co", CoHandler)]
