# tornado: 6.5
# request: GET /loop at 0
import asyncio
from tornado import web

def failing(tag, n):
    print("failing", tag, n)
    raise KeyError(tag)

class LoopHandler(web.RequestHandler):
    async def get(self):
        loop = asyncio.get_event_loop()
        loop.call_soon(failing, "soon", 1)
        loop.call_later(0.01, failing, "a-rather-long-tag-value-for-reprlib", 2)
        h = loop.call_later(0.02, failing, "cancelled", 3)
        h.cancel()
        await asyncio.sleep(0.03)
        self.write("loop")

routes = [(r"/loop", LoopHandler)]
