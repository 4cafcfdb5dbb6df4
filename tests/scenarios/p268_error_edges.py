# tornado: 6.5
# request: GET /x/flushed at 0
# request: GET /x/werr at 10
# request: GET /x/reason at 20
# request: GET /x/clear at 30
# request: GET /x/default at 40
# request: GET /x/finishprep at 50
from tornado import web

class XHandler(web.RequestHandler):
    def prepare(self):
        if self.path_args[0] == "finishprep":
            raise web.Finish()

    def write_error(self, status_code, **kwargs):
        if self.path_args and self.path_args[0] == "werr":
            raise TypeError("write_error itself broke")
        super(XHandler, self).write_error(status_code, **kwargs)

    def get(self, what):
        if what == "flushed":
            self.write("part one ")
            self.flush()
            raise ValueError("after flush")
        if what == "werr":
            raise KeyError("k")
        if what == "reason":
            self.send_error(503, reason="Maintenance")
            return
        if what == "clear":
            self.write("dropped")
            self.set_header("X-Gone", "1")
            self.clear()
            self.write("kept")
        if what == "default":
            raise web.HTTPError()

    def on_finish(self):
        print("on_finish", self.path_args, self.get_status(), self._reason)

app = web.Application([(r"/x/(\w+)", XHandler)])
