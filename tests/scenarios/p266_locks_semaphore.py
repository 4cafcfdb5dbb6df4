# tornado: 6.5
# request: GET /wait at 0
# request: GET /wait at 20
# request: GET /set at 100
# request: GET /limited at 150
# request: GET /limited at 151
# request: GET /limited at 152
from tornado import gen, locks, web

event = locks.Event()
sem = locks.Semaphore(2)
lock = locks.Lock()
cond = locks.Condition()

class WaitHandler(web.RequestHandler):
    async def get(self):
        print("waiting; set?", event.is_set())
        await event.wait()
        print("woke")
        self.write("event fired")

class SetHandler(web.RequestHandler):
    def get(self):
        event.set()
        cond.notify_all()
        print("set done")
        self.write("set")

class LimitedHandler(web.RequestHandler):
    async def get(self):
        async with sem:
            print("in sem", sem._value)
            await gen.sleep(0.05)
            async with lock:
                print("locked")
                await gen.sleep(0.01)
        self.write("limited done")

app = web.Application([(r"/wait", WaitHandler), (r"/set", SetHandler), (r"/limited", LimitedHandler)])
