# tornado: 6.5
# request: GET /deep at 0
# request: GET /caught at 20
# request: GET /reraise at 40
import asyncio
from tornado import gen, web

async def level3():
    await asyncio.sleep(0.01)
    raise LookupError("deep problem")

async def level2():
    return await level3()

@gen.coroutine
def level1():
    result = yield level2()
    raise gen.Return(result)

class DeepHandler(web.RequestHandler):
    async def get(self):
        await level1()

class CaughtHandler(web.RequestHandler):
    async def get(self):
        try:
            await level1()
        except LookupError as e:
            print("caught", type(e).__name__, e)
            self.write("recovered")

class ReraiseHandler(web.RequestHandler):
    async def get(self):
        try:
            await level2()
        except LookupError as e:
            raise RuntimeError("wrapped") from e

routes = [(r"/deep", DeepHandler), (r"/caught", CaughtHandler), (r"/reraise", ReraiseHandler)]
