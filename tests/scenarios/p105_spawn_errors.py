# tornado: 6.5
# request: GET /spawn at 0
import asyncio
from tornado import gen, web
from tornado.ioloop import IOLoop

async def failing_job(n):
    await gen.sleep(0.01)
    raise KeyError("job %d" % n)

@gen.coroutine
def failing_gen_job():
    yield gen.sleep(0.02)
    raise ValueError("gen job")

class SpawnHandler(web.RequestHandler):
    def get(self):
        loop = IOLoop.current()
        loop.spawn_callback(failing_job, 1)
        loop.add_callback(failing_gen_job)
        loop.add_callback(lambda: 1 / 0)
        asyncio.ensure_future(failing_job(2))
        self.write("spawned")

routes = [(r"/spawn", SpawnHandler)]
