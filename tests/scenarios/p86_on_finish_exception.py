# tornado: 6.5
# request: GET /of at 0
# request: GET /ok at 10
from tornado import web

class OfHandler(web.RequestHandler):
    def get(self):
        self.write("body")

    def on_finish(self):
        print("on_finish raising")
        raise ValueError("on_finish failed")

class OkHandler(web.RequestHandler):
    def get(self):
        self.write("ok")

routes = [(r"/of", OfHandler), (r"/ok", OkHandler)]
