# tornado: 6.5
# request: GET /drop at 0
from tornado import gen, web
from tornado.concurrent import Future
from tornado.ioloop import IOLoop

@gen.coroutine
def failing():
    yield gen.sleep(0.02)
    raise KeyError("lost")

class DropHandler(web.RequestHandler):
    def get(self):
        f = Future()
        f.set_exception(RuntimeError("manual failure"))
        print("manual future done", f.done(), type(f.exception()).__name__)
        failing()
        IOLoop.current().add_future(gen.sleep(0.05), lambda fut: print("add_future callback", fut.result()))
        self.write("dropped")

routes = [(r"/drop", DropHandler)]
