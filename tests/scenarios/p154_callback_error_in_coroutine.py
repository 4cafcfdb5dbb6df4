# tornado: 6.5
# request: GET /co at 0
# request: GET /after at 150
from tornado import gen, web
from tornado.ioloop import IOLoop

def explode():
    print("explode runs")
    raise ZeroDivisionError("from a timeout")

def later(value, callback):
    IOLoop.current().add_timeout(IOLoop.current().time() + 0.08, lambda: callback(value))

class CoHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        IOLoop.current().add_timeout(IOLoop.current().time() + 0.02, explode)
        try:
            v = yield gen.Task(later, "late value")
            print("got", v)
        except ZeroDivisionError as e:
            print("caught in coroutine:", e)
            v = "caught"
        self.write(v)

class AfterHandler(web.RequestHandler):
    def get(self):
        self.write("after")

routes = [(r"/co", CoHandler), (r"/after", AfterHandler)]
