# tornado: 6.5
# request: GET /order at 0
from tornado import gen, web
from tornado.concurrent import Future
from tornado.ioloop import IOLoop

class OrderHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        f = Future()
        f.add_done_callback(lambda fut: print("done-callback 1", fut.result()))
        IOLoop.current().add_future(f, lambda fut: print("add_future callback", fut.result()))
        f.add_done_callback(lambda fut: print("done-callback 2"))
        IOLoop.current().add_callback(lambda: print("add_callback before set"))
        print("setting")
        f.set_result("v")
        print("set returned")
        f.add_done_callback(lambda fut: print("late done-callback"))
        IOLoop.current().add_callback(lambda: print("add_callback after set"))
        value = yield f
        print("coroutine got", value)
        yield gen.moment if hasattr(gen, "moment") else gen.Task(IOLoop.current().add_callback)
        print("after moment")
        self.write("ordered")

routes = [(r"/order", OrderHandler)]
