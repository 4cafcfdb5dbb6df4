# tornado: 6.5
# request: GET /pool at 0
import time
from concurrent.futures import ThreadPoolExecutor
from tornado import web
from tornado.ioloop import IOLoop

executor = ThreadPoolExecutor(max_workers=2)

def job(i):
    time.sleep(0.2)
    return i

class PoolHandler(web.RequestHandler):
    async def get(self):
        loop = IOLoop.current()
        futures = [loop.run_in_executor(executor, job, i) for i in range(4)]
        for f in futures:
            print("job", await f, "done")
        self.write("pool")

routes = [(r"/pool", PoolHandler)]
