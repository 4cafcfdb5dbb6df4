# tornado: 6.5
# request: GET /old at 0
# request: GET /gone at 10
from tornado import web

class OldHandler(web.RequestHandler):
    def get(self):
        self.redirect("/new")
        print("after redirect, finished:", self._finished)

class GoneHandler(web.RequestHandler):
    def get(self):
        self.redirect("/elsewhere", permanent=True)

routes = [(r"/old", OldHandler), (r"/gone", GoneHandler)]
