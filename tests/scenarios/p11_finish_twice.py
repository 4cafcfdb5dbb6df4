# tornado: 6.5
# request: GET /twice at 0
from tornado import web

class TwiceHandler(web.RequestHandler):
    def get(self):
        self.finish("first")
        print("finished once")
        self.finish("second")

    def on_finish(self):
        print("on_finish")

routes = [(r"/twice", TwiceHandler)]
