# tornado: 6.5
# request: GET /slow at 0
# request: GET /fast at 10
# request: GET /offload at 200
# request: GET /fast at 210
import time
from tornado import web
from tornado.ioloop import IOLoop

def crunch(n):
    time.sleep(n)
    return n * 2

class SlowHandler(web.RequestHandler):
    def get(self):
        time.sleep(0.1)
        self.write("slow")

class FastHandler(web.RequestHandler):
    def get(self):
        self.write("fast")

class OffloadHandler(web.RequestHandler):
    async def get(self):
        r = await IOLoop.current().run_in_executor(None, crunch, 0.1)
        print("result", r)
        self.write("offloaded %s" % r)

app = web.Application([(r"/slow", SlowHandler), (r"/fast", FastHandler), (r"/offload", OffloadHandler)])
