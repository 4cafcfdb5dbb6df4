# tornado: 6.5
# request: GET /wf at 0
import asyncio
from tornado import gen, web

async def quick():
    await asyncio.sleep(0.01)
    return "quick"

class WfHandler(web.RequestHandler):
    async def get(self):
        print(await asyncio.wait_for(quick(), timeout=1))
        try:
            await asyncio.wait_for(asyncio.sleep(10), timeout=0.05)
        except asyncio.TimeoutError as e:
            print("timed out", type(e).__name__, repr(str(e)), e.__class__ is TimeoutError)
        fut = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(0.02, fut.set_result, 7)
        print("future", await asyncio.wait_for(fut, None))
        done, pending = await asyncio.wait([asyncio.ensure_future(quick()), asyncio.ensure_future(asyncio.sleep(1))], timeout=0.1)
        print("wait", len(done), "done", len(pending), "pending")
        for p in pending:
            p.cancel()
        self.write("wf")

routes = [(r"/wf", WfHandler)]
