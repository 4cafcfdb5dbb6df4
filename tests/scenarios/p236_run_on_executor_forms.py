# tornado: 6.5
# request: GET /roe at 0
import time
from concurrent.futures import ThreadPoolExecutor
from tornado import gen, web
from tornado.ioloop import IOLoop
from tornado.concurrent import run_on_executor

class Worker(object):
    executor = ThreadPoolExecutor(2)
    io_loop = IOLoop.current()

    @run_on_executor
    def square(self, n):
        time.sleep(0.02)
        return n * n

class RoeHandler(web.RequestHandler):
    @web.asynchronous
    @gen.coroutine
    def get(self):
        w = Worker()
        f = w.square(4)
        print("returned", type(f).__module__.split(".")[0])
        print("yielded", (yield f))
        w.square(5, callback=self.got)

    def got(self, value):
        print("callback got", value)
        self.finish("roe %s" % value)

routes = [(r"/roe", RoeHandler)]
