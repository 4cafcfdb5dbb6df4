# tornado: 6.5
# request: GET /order at 0
from tornado import gen, web
from tornado.ioloop import IOLoop

class OrderHandler(web.RequestHandler):
    async def get(self):
        loop = IOLoop.current()
        loop.add_timeout(loop.time() - 1, lambda: print("A add_timeout(past)"))
        loop.add_callback(lambda: print("B add_callback"))
        loop.call_later(0, lambda: print("C call_later(0)"))
        loop.spawn_callback(lambda: print("D spawn_callback"))
        loop.add_callback(lambda: print("E add_callback"))
        gen.sleep(0).add_done_callback(lambda f: print("F gen.sleep(0) done"))
        print("scheduled")
        await gen.sleep(0.05)
        self.write("ordered")

routes = [(r"/order", OrderHandler)]
