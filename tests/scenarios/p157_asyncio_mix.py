# tornado: 6.5
# request: GET /aio at 0
import asyncio
from tornado import web

async def work(n, fail=False):
    await asyncio.sleep(n / 100)
    if fail:
        raise ValueError("work %d failed" % n)
    return n * 10

class AioHandler(web.RequestHandler):
    async def get(self):
        results = await asyncio.gather(work(1), work(3, fail=True), work(2), return_exceptions=True)
        print("gathered", results)
        task = asyncio.create_task(work(4))
        fut = asyncio.ensure_future(work(1))
        print("ensure", await fut, "task done?", task.done())
        try:
            await asyncio.wait_for(work(20), timeout=0.05)
        except asyncio.TimeoutError:
            print("wait_for timed out")
        print("task", await task)
        asyncio.get_event_loop().create_task(work(2, fail=True))
        self.write("aio %s" % len(results))

routes = [(r"/aio", AioHandler)]
