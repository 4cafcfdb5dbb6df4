# tornado: 6.5
# request: GET /wt at 0
import datetime
from tornado import gen, web
from tornado.ioloop import IOLoop

async def slow(delay, value):
    await gen.sleep(delay)
    print("slow finished", value)
    return value

class WtHandler(web.RequestHandler):
    async def get(self):
        try:
            await gen.with_timeout(datetime.timedelta(seconds=0.05), slow(0.2, "late"))
        except gen.TimeoutError as e:
            print("timeout 1:", repr(e), isinstance(e, TimeoutError))
        r = await gen.with_timeout(IOLoop.current().time() + 0.2, slow(0.02, "fast"))
        print("in time:", r)
        try:
            await gen.with_timeout(datetime.timedelta(seconds=0.01), gen.sleep(1))
        except TimeoutError as e:
            print("timeout 2:", type(e).__module__, type(e).__name__, e)
        self.write("wt")

routes = [(r"/wt", WtHandler)]
