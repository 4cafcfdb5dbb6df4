# tornado: 6.5
# request: GET /args?name=bob&tag=a&tag=b&empty= at 0
# request: GET /args at 10
# request: POST /args?q=1 at 20 body name=alice&tag=x
# request: GET /args?name=%E2%9C%93&n=abc at 30
import tornado.web

class ArgsHandler(tornado.web.RequestHandler):
    def get(self):
        print("name", repr(self.get_argument("name", None)))
        print("tags", self.get_arguments("tag"))
        print("empty", repr(self.get_argument("empty", "dflt")))
        print("query", repr(self.get_query_argument("name", "nq")))
        print("strip", repr(self.get_argument("name", " x ", strip=True)))
        n = self.get_argument("n", "5")
        try:
            n = int(n)
        except ValueError as e:
            print("bad n", e)
        name = self.get_argument("name")
        self.write("hello %s" % name)

    def post(self):
        print("body", repr(self.get_body_argument("name")))
        print("body tags", self.get_body_arguments("tag"))
        print("query", self.get_query_arguments("q"))
        print("arg q", self.get_argument("q"))
        print("missing body", self.get_body_argument("q", "none"))
        self.get_body_argument("q")

app = tornado.web.Application([(r"/args", ArgsHandler)])
