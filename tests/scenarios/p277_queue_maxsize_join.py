# tornado: 6.5
# request: POST /job at 0 body a
# request: POST /job at 5 body b
# request: POST /job at 10 body c
# request: POST /job at 15 body d
# request: GET /drain at 20
from tornado import gen, web, queues
from tornado.ioloop import IOLoop

q = queues.Queue(maxsize=2)

async def worker():
    while True:
        item = await q.get()
        try:
            print("working on", item)
            await gen.sleep(0.03)
        finally:
            q.task_done()

class JobHandler(web.RequestHandler):
    async def post(self):
        item = self.request.body.decode()
        try:
            await q.put(item, timeout=0.02)
            print("queued", item, q.qsize())
            self.write("queued")
        except gen.TimeoutError:
            print("queue full for", item)
            self.set_status(503)
            self.write("busy")

class DrainHandler(web.RequestHandler):
    async def get(self):
        await q.join(timeout=1)
        self.write("drained")

IOLoop.current().spawn_callback(worker)
app = web.Application([(r"/job", JobHandler), (r"/drain", DrainHandler)])
