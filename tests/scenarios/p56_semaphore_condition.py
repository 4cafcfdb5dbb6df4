# tornado: 6.5
# request: GET /limited at 0
# request: GET /notify at 250
from tornado import gen, web, locks

sem = locks.Semaphore(2)
cond = locks.Condition()

async def limited(i):
    async with sem:
        print("start", i)
        await gen.sleep(0.1)
        print("end", i)

async def waiter():
    print("waiting for notify")
    await cond.wait()
    print("notified")

class LimitedHandler(web.RequestHandler):
    async def get(self):
        await gen.multi([limited(i) for i in range(4)])
        self.write("limited")

class NotifyHandler(web.RequestHandler):
    async def get(self):
        w = gen.convert_yielded(waiter())
        await gen.sleep(0.05)
        cond.notify_all()
        await w
        self.write("notify")

routes = [(r"/limited", LimitedHandler), (r"/notify", NotifyHandler)]
