# tornado: 6.5
# request: GET /fx at 0
from tornado import gen, web
from tornado.concurrent import Future
from tornado.ioloop import IOLoop

shared = {}

@gen.coroutine
def waiter(tag):
    try:
        v = yield shared["f"]
        print(tag, "got", v)
    except LookupError as e:
        print(tag, "caught", repr(e))

def bad_callback(fut):
    print("bad callback sees", type(fut.exception()).__name__)
    raise RuntimeError("done-callback failed")

class FxHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        f = Future()
        shared["f"] = f
        a = waiter("a")
        b = waiter("b")
        f.add_done_callback(bad_callback)
        IOLoop.current().add_timeout(IOLoop.current().time() + 0.02, lambda: f.set_exception(KeyError("missing")))
        yield [a, b]
        print("exception()", repr(f.exception()))
        self.write("fx")

routes = [(r"/fx", FxHandler)]
