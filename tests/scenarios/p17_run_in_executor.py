# tornado: 6.5
# request: GET /thread at 0
# request: GET /fast at 100
import time
from tornado import web
from tornado.ioloop import IOLoop

def blocking_work(n):
    time.sleep(0.4)
    return n * 2

class ThreadHandler(web.RequestHandler):
    async def get(self):
        print("thread: submitting")
        result = await IOLoop.current().run_in_executor(None, blocking_work, 21)
        print("thread: result", result)
        self.write("result %d" % result)

class FastHandler(web.RequestHandler):
    def get(self):
        print("fast")
        self.write("fast")

routes = [(r"/thread", ThreadHandler), (r"/fast", FastHandler)]
