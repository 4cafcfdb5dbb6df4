# tornado: 6.5
# request: GET /fire at 0
# request: GET /kept at 100
import asyncio
from tornado import web

background = []

async def explode(tag):
    await asyncio.sleep(0.02)
    print("exploding", tag)
    raise RuntimeError("boom " + tag)

class FireHandler(web.RequestHandler):
    def get(self):
        asyncio.create_task(explode("dropped"))
        self.write("fired")

class KeptHandler(web.RequestHandler):
    async def get(self):
        t = asyncio.ensure_future(explode("kept"))
        background.append(t)
        await asyncio.sleep(0.05)
        print("task done:", t.done(), "exception:", repr(t.exception()))
        self.write("kept")

routes = [(r"/fire", FireHandler), (r"/kept", KeptHandler)]
