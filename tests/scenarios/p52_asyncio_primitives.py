# tornado: 6.5
# request: GET /produce at 0
import asyncio
from tornado import web

queue = asyncio.Queue()
ready = asyncio.Event()

async def consumer(name):
    await ready.wait()
    while True:
        item = await queue.get()
        print(name, "got", item)
        await asyncio.sleep(0.05)
        queue.task_done()

class ProduceHandler(web.RequestHandler):
    async def get(self):
        workers = [asyncio.create_task(consumer("w%d" % i)) for i in range(2)]
        for i in range(4):
            queue.put_nowait(i)
        ready.set()
        await queue.join()
        for w in workers:
            w.cancel()
        done, pending = await asyncio.wait(workers)
        print("cancelled", sum(1 for w in done if w.cancelled()), "pending", len(pending))
        self.write("produced")

routes = [(r"/produce", ProduceHandler)]
