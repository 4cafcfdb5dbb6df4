# tornado: 6.5
# request: GET /mix at 0
# client-timeout: 500
import asyncio
from tornado import gen, web

class MixHandler(web.RequestHandler):
    async def get(self):
        print("start")
        await gen.sleep(0.02)
        print("after gen.sleep")
        await asyncio.sleep(0.02)
        print("after asyncio.sleep")
        self.write("mixed")

routes = [(r"/mix", MixHandler)]
