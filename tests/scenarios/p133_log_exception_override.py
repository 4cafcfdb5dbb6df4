# tornado: 6.5
# request: GET /quiet at 0
# request: GET /http at 10
# request: GET /base at 20
from tornado import web

class QuietHandler(web.RequestHandler):
    def log_exception(self, typ, value, tb):
        print("log_exception:", typ.__name__, value, "tb is None:", tb is None)

    def get(self):
        raise KeyError("hidden")

class HttpHandler(QuietHandler):
    def get(self):
        raise web.HTTPError(409, "conflict on %s", "x")

class BaseHandler(web.RequestHandler):
    def prepare(self):
        print("base prepare")
        self.started = True

class ChildHandler(BaseHandler):
    def prepare(self):
        super().prepare()
        print("child prepare, started:", self.started)

    def get(self):
        self.set_status(500)
        self.write("explicit 500")

    def on_finish(self):
        print("request_time under 1s:", self.request.request_time() < 1)

routes = [(r"/quiet", QuietHandler), (r"/http", HttpHandler), (r"/base", ChildHandler)]
