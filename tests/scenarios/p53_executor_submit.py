# tornado: 6.5
# request: GET /submit at 0
# request: GET /fast at 50
import time
from concurrent.futures import ThreadPoolExecutor
from tornado import gen, web
from tornado.concurrent import run_on_executor

class SubmitHandler(web.RequestHandler):
    executor = ThreadPoolExecutor(max_workers=4)

    @run_on_executor
    def slow_square(self, x):
        time.sleep(0.2)
        return x * x

    @gen.coroutine
    def get(self):
        results = yield [self.slow_square(i) for i in range(3)]
        print("squares", results)
        self.write("ok")

class FastHandler(web.RequestHandler):
    def get(self):
        self.write("fast")

routes = [(r"/submit", SubmitHandler), (r"/fast", FastHandler)]
