# tornado: 6.5
# request: GET /cancel at 0
import asyncio
from tornado import web

async def ticker():
    i = 0
    try:
        while True:
            print("tick", i)
            i += 1
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print("ticker cancelled after", i)
        raise

class CancelHandler(web.RequestHandler):
    async def get(self):
        task = asyncio.create_task(ticker())
        await asyncio.sleep(0.35)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("task is cancelled:", task.cancelled())
        self.write("cancelled")

routes = [(r"/cancel", CancelHandler)]
