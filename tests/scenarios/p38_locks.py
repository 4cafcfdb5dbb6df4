# tornado: 6.5
# request: GET /wait at 0
# request: GET /set at 50
# request: GET /locked at 100
# request: GET /locked at 110
from tornado import gen, web, locks

event = locks.Event()
lock = locks.Lock()

class WaitHandler(web.RequestHandler):
    async def get(self):
        print("waiting for the event")
        await event.wait()
        print("event is set")
        self.write("released")

class SetHandler(web.RequestHandler):
    def get(self):
        event.set()
        print("set the event")
        self.write("set")

class LockedHandler(web.RequestHandler):
    async def get(self):
        async with lock:
            print("in the lock")
            await gen.sleep(0.1)
            print("leaving the lock")
        self.write("locked")

routes = [(r"/wait", WaitHandler), (r"/set", SetHandler), (r"/locked", LockedHandler)]
