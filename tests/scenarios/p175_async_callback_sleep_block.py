# tornado: 6.5
# request: GET /slowcb at 0
# request: GET /quick at 10
# request: GET /quick at 60
import time
from tornado import web
from tornado.ioloop import IOLoop

class SlowCbHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        IOLoop.current().add_timeout(IOLoop.current().time() + 0.02, self.work)

    def work(self):
        print("work blocks")
        time.sleep(0.08)
        print("work done")
        self.finish("slow")

class QuickHandler(web.RequestHandler):
    def get(self):
        print("quick", self.request.uri)
        self.write("quick")

routes = [(r"/slowcb", SlowCbHandler), (r"/quick", QuickHandler)]
