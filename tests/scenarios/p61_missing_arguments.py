# tornado: 6.5
# request: GET /q?a=1&a=2&b=%20spaced%20 at 0
# request: GET /q at 10
# request: POST /body at 20 body x=1
# request: GET /default at 30
from tornado import web

class QHandler(web.RequestHandler):
    def get(self):
        print("a", self.get_query_argument("a"), self.get_query_arguments("a"))
        print("b", repr(self.get_argument("b")), repr(self.get_argument("b", strip=False)))
        print("missing list", self.get_arguments("zzz"))
        self.write("q ok")

class BodyHandler(web.RequestHandler):
    def post(self):
        print("body arguments", self.request.body_arguments, self.get_body_arguments("x"))
        x = self.get_body_argument("x")
        self.write("x=" + x)

class DefaultHandler(web.RequestHandler):
    def get(self):
        print("default", self.get_argument("page", "1"), self.get_argument("q", None))
        try:
            self.get_argument("needed")
        except web.MissingArgumentError as e:
            print("caught", type(e).__name__, e.arg_name, e.status_code, e)
        self.write("default ok")

routes = [(r"/q", QHandler), (r"/body", BodyHandler), (r"/default", DefaultHandler)]
