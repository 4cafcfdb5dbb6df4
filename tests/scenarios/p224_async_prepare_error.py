# tornado: 6.5
# request: GET /p at 0
# request: GET /p?ok=1 at 20
from tornado import web
from tornado.ioloop import IOLoop

class PHandler(web.RequestHandler):
    def prepare(self):
        if not self.get_argument("ok", None):
            IOLoop.current().add_callback(self.fail_later)
            print("prepare scheduled a failure")

    def fail_later(self):
        print("fail_later runs; finished:", self._finished)
        raise LookupError("from prepare's callback")

    @web.asynchronous
    def get(self):
        IOLoop.current().add_timeout(IOLoop.current().time() + 0.03, lambda: self.finish("done"))

routes = [(r"/p", PHandler)]
