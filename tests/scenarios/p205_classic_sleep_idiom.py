# tornado: 6.5
# request: GET /nap at 0
# request: GET /nap at 20
import time
from tornado import gen, web
from tornado.ioloop import IOLoop

class NapHandler(web.RequestHandler):
    @web.asynchronous
    @gen.engine
    def get(self):
        print("nap start", self.request.uri)
        yield gen.Task(IOLoop.instance().add_timeout, time.time() + 0.05)
        print("nap middle")
        yield gen.Task(IOLoop.current().add_callback)
        print("nap end")
        self.finish("rested")

routes = [(r"/nap", NapHandler)]
