# tornado: 6.5
# request: GET /forgot at 0
# request: GET /fails at 10
# request: GET /cbkw at 20
# client-timeout: 400
from tornado import gen, web
from tornado.ioloop import IOLoop

def later(value, callback):
    IOLoop.current().add_timeout(IOLoop.current().time() + 0.03, lambda: callback(value))

@gen.coroutine
def doubled(x):
    v = yield gen.Task(later, x)
    raise gen.Return(v * 2)

class ForgotHandler(web.RequestHandler):
    @web.asynchronous
    @gen.engine
    def get(self):
        v = yield gen.Task(later, "forgot")
        print("forgot got", v)
        self.write(v)

    def on_connection_close(self):
        print("forgot: client gave up")

class FailsHandler(web.RequestHandler):
    @web.asynchronous
    @gen.engine
    def get(self):
        v = yield gen.Task(later, 5)
        print("fails got", v)
        raise KeyError("engine failure %d" % v)

class CbKwHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        doubled(21, callback=self.done)
        print("cbkw started")

    def done(self, value):
        print("cbkw done", value)
        self.finish("value=%s" % value)

routes = [(r"/forgot", ForgotHandler), (r"/fails", FailsHandler), (r"/cbkw", CbKwHandler)]
