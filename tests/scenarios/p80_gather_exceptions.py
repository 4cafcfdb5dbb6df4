# tornado: 6.5
# request: GET /gather at 0
import asyncio
from tornado import web

async def ok(n, delay):
    await asyncio.sleep(delay)
    print("ok", n)
    return n

async def bad(msg, delay):
    await asyncio.sleep(delay)
    print("bad", msg)
    raise ValueError(msg)

class GatherHandler(web.RequestHandler):
    async def get(self):
        res = await asyncio.gather(ok(1, 0.03), bad("first", 0.01), ok(2, 0.02), return_exceptions=True)
        print("results", res)
        try:
            await asyncio.gather(ok(3, 0.05), bad("second", 0.01))
        except ValueError as e:
            print("gather raised", repr(e))
        await asyncio.sleep(0.1)
        self.write("gathered")

routes = [(r"/gather", GatherHandler)]
