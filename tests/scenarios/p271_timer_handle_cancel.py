# tornado: 6.5
# request: GET /c at 0
from tornado import web
from tornado.ioloop import IOLoop
class CHandler(web.RequestHandler):
    def get(self):
        h = IOLoop.current().call_later(0.01, print, "no")
        h.cancel()
        print(h.cancelled(), h.when() > 0)
        self.write("c")
app = web.Application([(r"/c", CHandler)])
