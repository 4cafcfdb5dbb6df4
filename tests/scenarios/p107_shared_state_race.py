# tornado: 6.5
# request: GET /inc at 0
# request: GET /inc at 5
# request: GET /inc at 10
# request: GET /safe at 100
# request: GET /safe at 105
import asyncio
from tornado import gen, web

counter = {"n": 0}
lock = asyncio.Lock()

class IncHandler(web.RequestHandler):
    async def get(self):
        n = counter["n"]
        await gen.sleep(0.02)
        counter["n"] = n + 1
        print("inc wrote", counter["n"])
        self.write(str(counter["n"]))

class SafeHandler(web.RequestHandler):
    async def get(self):
        async with lock:
            print("locked:", lock.locked())
            n = counter["n"]
            await asyncio.sleep(0.02)
            counter["n"] = n + 1
        self.write("safe %d" % counter["n"])

routes = [(r"/inc", IncHandler), (r"/safe", SafeHandler)]
