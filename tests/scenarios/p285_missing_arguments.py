# tornado: 6.5
# request: GET /m at 0
# request: GET /m?q= at 10
# request: POST /m at 20 body a=1
from tornado import web

class MHandler(web.RequestHandler):
    def get(self):
        q = self.get_query_argument("q")
        print("q is", repr(q))
        if self.get_argument("x", None) == "1":
            raise web.HTTPError(404, "item %s not found" % q)
        if self.get_argument("x", None) == "2":
            raise web.HTTPError(400, "100% bad")
        self.write(q)

    def post(self):
        try:
            self.get_body_argument("b")
        except web.MissingArgumentError as e:
            print("missing", e.arg_name, e.status_code, str(e), e.log_message)
        self.get_argument("c")

app = web.Application([(r"/m", MHandler)])
