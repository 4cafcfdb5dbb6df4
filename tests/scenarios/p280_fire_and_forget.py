# tornado: 6.5
# request: GET /spawn at 0
# request: GET /task at 50
# request: GET /later at 100
# request: GET /coro at 150
import asyncio
from tornado import gen, web
from tornado.ioloop import IOLoop

async def bad_job(name):
    await gen.sleep(0.01)
    print("job", name, "failing")
    raise ValueError("job %s failed" % name)

@gen.coroutine
def old_job():
    yield gen.sleep(0.01)
    raise KeyError("old")

class SpawnHandler(web.RequestHandler):
    def get(self):
        IOLoop.current().spawn_callback(bad_job, "spawn")
        self.write("spawned")

class TaskHandler(web.RequestHandler):
    def get(self):
        asyncio.ensure_future(bad_job("task"))
        self.write("tasked")

class LaterHandler(web.RequestHandler):
    def get(self):
        IOLoop.current().call_later(0.01, lambda: 1 / 0)
        IOLoop.current().add_timeout(IOLoop.current().time() + 0.02, print, "timeout fired")
        self.write("later")

class CoroHandler(web.RequestHandler):
    def get(self):
        old_job()
        self.write("coro")

app = web.Application([(r"/spawn", SpawnHandler), (r"/task", TaskHandler), (r"/later", LaterHandler), (r"/coro", CoroHandler)])
