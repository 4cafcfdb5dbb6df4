# tornado: 6.5
# request: POST /jobs at 0
# request: POST /jobs at 20
from tornado import gen, web
from tornado.ioloop import IOLoop
from tornado.queues import Queue

q = Queue(maxsize=2)

async def worker():
    while True:
        item = await q.get()
        try:
            print("working on", item)
            await gen.sleep(0.1)
            print("done", item)
        finally:
            q.task_done()

class JobsHandler(web.RequestHandler):
    started = False

    async def post(self):
        if not JobsHandler.started:
            JobsHandler.started = True
            IOLoop.current().spawn_callback(worker)
        for i in range(3):
            await q.put("job-%d" % i)
            print("queued job-%d, size %d" % (i, q.qsize()))
        await q.join()
        self.write("all jobs done")

routes = [(r"/jobs", JobsHandler)]
