# tornado: 6.5
# request: GET /ex at 0
import time
from concurrent.futures import ThreadPoolExecutor
from tornado import gen, web

pool = ThreadPoolExecutor(1)

def work(n):
    time.sleep(0.02)
    if n == 2:
        raise OSError("disk %d" % n)
    return n * 2

class ExHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        for n in (1, 2, 3):
            try:
                r = yield pool.submit(work, n)
                print("work", n, r)
            except OSError as e:
                print("work", n, "failed", e)
        self.write("ex")

routes = [(r"/ex", ExHandler)]
