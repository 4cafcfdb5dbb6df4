# tornado: 6.5
# request: GET /work at 0
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from tornado import gen, web
from tornado.ioloop import IOLoop

pool = ThreadPoolExecutor(2)
named = ThreadPoolExecutor(1, thread_name_prefix="named")

class WorkHandler(web.RequestHandler):
    async def get(self):
        loop = IOLoop.current()
        progress = []

        def work():
            for i in range(3):
                time.sleep(0.03)
                loop.add_callback(progress.append, i)
            try:
                asyncio.get_event_loop()
                print("thread has an event loop")
            except RuntimeError as e:
                print("thread:", e)
            return "finished"

        result = await loop.run_in_executor(pool, work)
        def where():
            try:
                asyncio.get_event_loop()
            except RuntimeError as e:
                return str(e)
        print(await loop.run_in_executor(named, where))
        print(await loop.run_in_executor(None, where))
        await gen.sleep(0)
        print("progress", progress, result)
        self.write(result)

routes = [(r"/work", WorkHandler)]
