# tornado: 6.5
# request: GET /exec at 0
# request: GET /fast at 20
import time
from concurrent.futures import ThreadPoolExecutor
from tornado import gen, web
from tornado.ioloop import IOLoop

pool = ThreadPoolExecutor(2)

def blocking(n):
    time.sleep(n)
    return "slept %s" % n

class ExecHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        a = yield pool.submit(blocking, 0.05)
        print("submit", a)
        if hasattr(IOLoop.current(), "run_in_executor"):
            b = yield IOLoop.current().run_in_executor(None, blocking, 0.03)
        else:
            b = yield pool.submit(blocking, 0.03)
        print("second", b)
        self.write(a + b)

class FastHandler(web.RequestHandler):
    def get(self):
        print("fast served")
        self.write("fast")

routes = [(r"/exec", ExecHandler), (r"/fast", FastHandler)]
