# tornado: 6.5
# request: GET /a at 0
# request: GET /b at 0
import asyncio
from tornado import gen, web

class AHandler(web.RequestHandler):
    async def get(self):
        for i in range(3):
            print("a", i)
            await gen.sleep(0)
        self.write("a")

class BHandler(web.RequestHandler):
    async def get(self):
        for i in range(3):
            print("b", i)
            await asyncio.sleep(0)
        self.write("b")

routes = [(r"/a", AHandler), (r"/b", BHandler)]
