# tornado: 6.5
# request: GET /tick at 0
# request: GET /tick at 25
import time
import datetime
from tornado import web
from tornado.ioloop import IOLoop

class TickHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        self.count = 0
        loop = IOLoop.instance()
        print("same loop", loop is IOLoop.current())
        loop.add_timeout(datetime.timedelta(milliseconds=40), self.tick)

    def tick(self):
        self.count += 1
        print("tick", self.count, self.request.uri)
        self.write("t%d " % self.count)
        self.flush()
        if self.count < 3:
            IOLoop.instance().add_timeout(time.time() + 0.03, self.tick)
        else:
            self.finish()

routes = [(r"/tick", TickHandler)]
