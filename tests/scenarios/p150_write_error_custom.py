# tornado: 6.5
# request: GET /err?kind=value at 0
# request: GET /err?kind=http at 10
# request: GET /err?kind=send at 20
# request: GET /err?kind=reason at 30
from tornado import web

class ErrHandler(web.RequestHandler):
    def get(self):
        kind = self.get_argument("kind")
        if kind == "value":
            raise ValueError("bad value")
        if kind == "http":
            raise web.HTTPError(409, "conflict on %s", "thing")
        if kind == "send":
            self.send_error(418, extra="teapot")
            return
        raise web.HTTPError(503, reason="Come Back Later")

    def write_error(self, status_code, **kwargs):
        exc = kwargs.get("exc_info")
        name = exc[0].__name__ if exc else None
        print("write_error", status_code, name, sorted(kwargs))
        self.write("E%d %s %s" % (status_code, self._reason, name))

routes = [(r"/err", ErrHandler)]
