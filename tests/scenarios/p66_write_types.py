# tornado: 6.5
# request: GET /list at 0
# request: GET /int at 10
# request: GET /none at 20
# request: GET /mixed at 30
from tornado import web

class ListHandler(web.RequestHandler):
    def get(self):
        self.write([1, 2, 3])

class IntHandler(web.RequestHandler):
    def get(self):
        self.write(42)

class NoneHandler(web.RequestHandler):
    def get(self):
        self.write(None)
        self.write("after none")

class MixedHandler(web.RequestHandler):
    def get(self):
        self.write("text ")
        self.write(b"bytes ")
        self.write({"k": "v"})

routes = [(r"/list", ListHandler), (r"/int", IntHandler), (r"/none", NoneHandler), (r"/mixed", MixedHandler)]
