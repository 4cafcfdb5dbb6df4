# tornado: 6.5
# request: GET /rf at 0
import time
from concurrent.futures import ThreadPoolExecutor
from tornado import gen, web
from tornado.ioloop import IOLoop
from tornado.concurrent import run_on_executor
try:
    from tornado.concurrent import return_future
except ImportError:
    return_future = None

class Worker(object):
    executor = ThreadPoolExecutor(2)

    @run_on_executor
    def crunch(self, n):
        time.sleep(0.02)
        return n * 3

if return_future is not None:
    @return_future
    def later(value, callback):
        IOLoop.current().add_timeout(IOLoop.current().time() + 0.02, lambda: callback(value))
else:
    later = None

class RfHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        w = Worker()
        print("executor", (yield w.crunch(5)))
        if later is not None:
            print("return_future", (yield later("v")))
        else:
            print("no return_future")
        self.write("rf")

routes = [(r"/rf", RfHandler)]
