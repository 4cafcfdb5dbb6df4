# tornado: 6.5
# request: GET /h at 0
# request: GET /h?clear=1 at 10
# request: OPTIONS /h at 20
# request: HEAD /h at 30
# request: POST /h at 40
import tornado.web

class BaseHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        print("set_default_headers", self.request.method)
        self.set_header("Access-Control-Allow-Origin", "*")
        self.set_header("X-Default", "yes")

class HHandler(BaseHandler):
    def get(self):
        self.add_header("X-Multi", "a")
        self.add_header("X-Multi", "b")
        self.set_header("X-Num", 42)
        if self.get_argument("clear", None):
            self.clear_header("X-Default")
            self.clear_header("X-Not-There")
        print("out", sorted(self._headers.keys()))
        print("multi", self._headers.get_list("X-Multi"))
        self.set_status(299, "Custom Fine")
        self.write("h")

    def options(self):
        self.set_header("Allow", "GET, OPTIONS")
        self.set_status(204)
        self.finish()

    def head(self):
        self.set_header("Content-Length", "10")

app = tornado.web.Application([(r"/h", HHandler)])
