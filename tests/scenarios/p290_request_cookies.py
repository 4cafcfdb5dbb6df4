# tornado: 6.5
# request: GET /c at 0
from tornado import web

class CHandler(web.RequestHandler):
    def get(self):
        print("cookie", self.get_cookie("sid"), self.get_cookie("sid", "none"))
        print("cookies", dict(self.request.cookies))
        self.set_cookie("sid", "abc123", expires_days=1)
        self.set_cookie("theme", "dark", path="/app", httponly=True)
        self.clear_cookie("old")
        print("set-cookie", self._headers.get_list("Set-Cookie")[1:])
        self.write("cookies set")

app = web.Application([(r"/c", CHandler)])
