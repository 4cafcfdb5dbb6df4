# tornado: 6.5
# request: GET /t at 0
import datetime
from tornado import gen, web
from tornado.ioloop import IOLoop

@gen.coroutine
def slow(n):
    yield gen.sleep(n)
    raise gen.Return("slow %s" % n)

class THandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        loop = IOLoop.current()
        r = yield gen.with_timeout(datetime.timedelta(seconds=0.1), slow(0.02))
        print("first", r)
        try:
            yield gen.with_timeout(loop.time() + 0.05, slow(0.2))
        except Exception as e:
            print("second", type(e).__name__, e)
        try:
            yield gen.with_timeout(datetime.timedelta(milliseconds=30), slow(0.1))
        except gen.TimeoutError as e:
            print("third", type(e).__module__, repr(e))
        self.write("done")

routes = [(r"/t", THandler)]
