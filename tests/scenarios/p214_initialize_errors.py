# tornado: 6.5
# request: GET /cfg at 0
# request: GET /broken at 10
from tornado import web

class CfgHandler(web.RequestHandler):
    def initialize(self, greeting, punct="!"):
        self.greeting = greeting + punct

    def get(self):
        self.write(self.greeting)

class BrokenHandler(web.RequestHandler):
    def initialize(self):
        raise RuntimeError("initialize failed")

    def get(self):
        self.write("never")

routes = [(r"/cfg", CfgHandler, {"greeting": "hi"}), (r"/broken", BrokenHandler)]
