# tornado: 6.5
# request: GET /u?name=%FF%FE at 0
# request: GET /u?name=caf%C3%A9&n=+7+ at 10
# request: GET /u/%E2%9C%93 at 20
# request: POST /u at 30 body name=%ZZ&x=%41
from tornado import web

class UHandler(web.RequestHandler):
    def get(self, extra=None):
        print("raw", self.request.arguments.get("name"))
        print("extra", repr(extra))
        name = self.get_argument("name", "anon")
        print("name", repr(name), "n", repr(self.get_argument("n", "")), repr(self.get_argument("n", "", strip=False)))
        self.write(u"hi %s" % name)

    def post(self):
        print("body args", self.request.body_arguments)
        self.write(self.get_argument("name"))

app = web.Application([(r"/u", UHandler), (r"/u/(.*)", UHandler)])
