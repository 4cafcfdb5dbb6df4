# tornado: 6.5
# request: GET /gate?key=no at 0
# request: GET /gate?key=yes at 10
# request: GET /partial at 20
# request: GET /teapot at 30
from tornado import web

class GateHandler(web.RequestHandler):
    def prepare(self):
        if self.get_argument("key") != "yes":
            raise web.HTTPError(403, "denied key %s", self.get_argument("key"))
        print("prepare ok")

    def get(self):
        self.write("open")

    def on_finish(self):
        print("gate on_finish", self.get_status())

class PartialHandler(web.RequestHandler):
    def get(self):
        self.write("partial output")
        self.set_header("X-Custom", "1")
        self.send_error(502)
        print("after send_error, finished:", self._finished)

class TeapotHandler(web.RequestHandler):
    def get(self):
        self.write("discard me")
        self.clear()
        self.set_status(418)
        self.write("short and stout")

routes = [(r"/gate", GateHandler), (r"/partial", PartialHandler), (r"/teapot", TeapotHandler)]
