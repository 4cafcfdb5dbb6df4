# tornado: 6.5
# request: GET /w at 0
import asyncio
from tornado import gen, web

async def slow(n, tag):
    try:
        await asyncio.sleep(n)
        return tag
    except asyncio.CancelledError:
        print("cancelled", tag)
        raise

class WHandler(web.RequestHandler):
    async def get(self):
        t1 = asyncio.ensure_future(slow(0.02, "fast"))
        t2 = asyncio.ensure_future(slow(0.2, "slow"))
        done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
        print("done", [t.result() for t in done], "pending", len(pending))
        t2.cancel()
        await asyncio.sleep(0)
        print("t2 cancelled", t2.cancelled())
        r = await asyncio.wait_for(gen.sleep(0.01), timeout=1)
        print("wait_for gen.sleep", r)
        s = asyncio.ensure_future(slow(0.05, "shielded"))
        try:
            await asyncio.wait_for(asyncio.shield(s), timeout=0.01)
        except asyncio.TimeoutError:
            print("shield timed out; inner cancelled?", s.cancelled())
        print("shielded result", await s)
        self.write("w")

routes = [(r"/w", WHandler)]
