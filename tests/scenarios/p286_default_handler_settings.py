# tornado: 6.5
# request: GET /nowhere at 0
# request: POST /also/missing at 10
# request: GET / at 20
# request: PUT / at 30
# request: PATCH / at 40
# request: FOO / at 50
import tornado.web

class MyNotFound(tornado.web.RequestHandler):
    def initialize(self, status):
        self.status = status

    def prepare(self):
        print("not found", self.request.method, self.request.path)
        self.set_status(self.status)
        self.finish({"error": "not here", "path": self.request.path})

class MainHandler(tornado.web.RequestHandler):
    SUPPORTED_METHODS = ("GET", "PUT")
    def get(self):
        self.write("main")

    def write_error(self, status_code, **kwargs):
        self.finish("err %d %s" % (status_code, self._reason))

app = tornado.web.Application([(r"/", MainHandler)],
    default_handler_class=MyNotFound, default_handler_args=dict(status=404))
