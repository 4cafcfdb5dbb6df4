# tornado: 6.5
# request: GET /c at 0
from tornado import web

class CHandler(web.RequestHandler):
    def get(self):
        print("incoming cookie", self.get_cookie("session", "none"))
        self.set_cookie("session", "abc123")
        self.set_cookie("theme", "dark", expires_days=None)
        self.clear_cookie("old")
        self.write("cookies set")

routes = [(r"/c", CHandler)]
