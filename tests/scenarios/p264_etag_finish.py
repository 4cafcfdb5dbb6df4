# tornado: 6.5
# request: GET /etag at 0
# request: GET /etag?custom=1 at 10
# request: GET /etag?none=1 at 20
# request: POST /etag at 30
import tornado.web

class EtagHandler(tornado.web.RequestHandler):
    def compute_etag(self):
        if self.get_argument("none", None):
            print("no etag")
            return None
        if self.get_argument("custom", None):
            return '"v1"'
        e = super(EtagHandler, self).compute_etag()
        print("etag", e)
        return e

    def get(self):
        self.write("same body")
        print("check_etag", self.check_etag_header())

    def post(self):
        self.write("posted")

    def on_finish(self):
        print("Etag header", self._headers.get("Etag"))

app = tornado.web.Application([(r"/etag", EtagHandler)])
