# tornado: 6.5
# request: GET /life/1 at 0
# request: GET /life/2?fail=prepare at 10
# request: POST /life/3 at 20
# request: GET /life/4?fail=get at 30
# request: GET /life/5?finish=prepare at 40
import tornado.web

class LifeHandler(tornado.web.RequestHandler):
    def initialize(self, db, greeting="hi"):
        self.db = db
        self.greeting = greeting
        print("initialize", db, greeting)

    def prepare(self):
        print("prepare", self.request.method, self.path_args, self.path_kwargs)
        if self.get_argument("fail", "") == "prepare":
            raise tornado.web.HTTPError(401, "no token")
        if self.get_argument("finish", "") == "prepare":
            self.finish("done in prepare")

    def get(self, n):
        print("get", n, self.greeting)
        if self.get_argument("fail", "") == "get":
            raise RuntimeError("boom in get")
        self.write("%s %s" % (self.greeting, n))

    def on_finish(self):
        print("on_finish", self.get_status(), self._finished)

    def on_connection_close(self):
        print("closed")

app = tornado.web.Application([
    (r"/life/(\d+)", LifeHandler, dict(db="sqlite", greeting="hello")),
])
