# tornado: 6.5
# request: GET /t at 0
import asyncio
from tornado import web

async def failing(tag):
    await asyncio.sleep(0.01)
    raise ValueError("task " + tag)

class THandler(web.RequestHandler):
    async def get(self):
        asyncio.ensure_future(failing("dropped"))
        kept = asyncio.ensure_future(failing("kept"))
        await asyncio.sleep(0.03)
        print("kept done", kept.done())
        try:
            kept.result()
        except ValueError as e:
            print("kept raised", e)
        self.write("t")

routes = [(r"/t", THandler)]
