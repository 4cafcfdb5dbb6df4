# tornado: 6.5
# request: GET /old at 0
# request: GET /perm at 10
# request: GET /status at 20
# request: GET /rh at 30
# request: GET /after at 40
# request: GET /bad at 50
import tornado.web

class OldHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect("/new")

class PermHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect("/new?x=1", permanent=True)

class StatusHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect("http://example.com/", status=303)

class AfterHandler(tornado.web.RequestHandler):
    def get(self):
        self.write("partial")
        self.redirect("/x")

class BadHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect("/y", status=200)

app = tornado.web.Application([
    (r"/old", OldHandler),
    (r"/perm", PermHandler),
    (r"/status", StatusHandler),
    (r"/rh", tornado.web.RedirectHandler, {"url": "/target"}),
    (r"/after", AfterHandler),
    (r"/bad", BadHandler),
])
