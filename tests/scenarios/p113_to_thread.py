# tornado: 6.5
# request: GET /thread at 0
# request: GET /ping at 50
import asyncio
import time
from tornado import web

def slow_add(a, b):
    time.sleep(0.2)
    return a + b

class ThreadHandler(web.RequestHandler):
    async def get(self):
        r1 = await asyncio.to_thread(slow_add, 1, 2)
        print("to_thread", r1)
        loop = asyncio.get_running_loop()
        r2 = await loop.run_in_executor(None, slow_add, 3, 4)
        print("run_in_executor", r2)
        self.write("%d %d" % (r1, r2))

class PingHandler(web.RequestHandler):
    def get(self):
        print("ping")
        self.write("pong")

routes = [(r"/thread", ThreadHandler), (r"/ping", PingHandler)]
