# tornado: 6.5
# request: GET /fc at 0
from tornado import web

class FcHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        self.write("start ")
        try:
            self.flush(callback=self.flushed)
        except TypeError as e:
            print("flush callback rejected:", e)
            self.finish("no callback")

    def flushed(self, *args):
        print("flushed callback", args)
        self.finish("done")

routes = [(r"/fc", FcHandler)]
