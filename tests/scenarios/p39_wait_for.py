# tornado: 6.5
# request: GET /wf at 0
import asyncio
from tornado import web

async def slow_op():
    try:
        print("slow_op start")
        await asyncio.sleep(1)
        print("slow_op done")
        return "result"
    except asyncio.CancelledError:
        print("slow_op cancelled")
        raise

class WaitForHandler(web.RequestHandler):
    async def get(self):
        try:
            r = await asyncio.wait_for(slow_op(), timeout=0.2)
            self.write(r)
        except asyncio.TimeoutError:
            print("wait_for timed out")
            self.write("too slow")

routes = [(r"/wf", WaitForHandler)]
