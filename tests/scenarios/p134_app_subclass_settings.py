# tornado: 6.5
# request: GET / at 0
# request: GET /db at 10
import tornado.ioloop
import tornado.web

class MainHandler(tornado.web.RequestHandler):
    def get(self):
        print("settings", self.settings, "debug", self.settings.get("debug"))
        print("application class", type(self.application).__name__)
        self.write("main")

class DbHandler(tornado.web.RequestHandler):
    def get(self):
        self.write("rows: %d" % len(self.application.db))

class Application(tornado.web.Application):
    def __init__(self):
        handlers = [(r"/", MainHandler), (r"/db", DbHandler)]
        settings = dict(debug=True, cookie_secret="secret", app_title="demo")
        super().__init__(handlers, **settings)
        self.db = {"a": 1}

app = Application()
print("module sees", app.settings["app_title"], len(app.db))
