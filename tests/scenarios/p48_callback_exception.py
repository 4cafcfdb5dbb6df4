# tornado: 6.5
# request: GET /cb at 0
from tornado import web
from tornado.ioloop import IOLoop

def bad_callback(n):
    print("callback runs with", n)
    raise KeyError(n)

class CbHandler(web.RequestHandler):
    def get(self):
        IOLoop.current().add_callback(bad_callback, 7)
        IOLoop.current().call_later(0.05, bad_callback, 8)
        self.write("scheduled")

routes = [(r"/cb", CbHandler)]
