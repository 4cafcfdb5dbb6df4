# tornado: 6.5
# request: GET /a at 0
# request: GET /b at 10
# request: GET /bad at 20
import tornado.web

class DB:
    def __init__(self, name):
        self.name = name

    def query(self):
        return "rows from " + self.name

class DataHandler(tornado.web.RequestHandler):
    def initialize(self, db, greeting="hi"):
        print("initialize", db.name, greeting)
        self.db = db
        self.greeting = greeting

    def get(self):
        self.write("%s: %s" % (self.greeting, self.db.query()))

class BadInitHandler(tornado.web.RequestHandler):
    def initialize(self, needed):
        self.needed = needed

    def get(self):
        self.write("never")

db = DB("main")
app = tornado.web.Application([
    tornado.web.url(r"/a", DataHandler, dict(db=db)),
    (r"/b", DataHandler, {"db": DB("replica"), "greeting": "hello"}),
    (r"/bad", BadInitHandler),
])
