# tornado: 6.5
# request: GET /m at 0
from tornado import gen, web

@gen.coroutine
def fail(n, delay):
    yield gen.sleep(delay)
    raise ValueError("fail %d" % n)

class MHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        try:
            yield [fail(1, 0.01), fail(2, 0.02)]
        except ValueError as e:
            print("caught", e)
        try:
            yield gen.multi({"a": fail(3, 0.01), "b": gen.sleep(0.01)}, quiet_exceptions=ValueError)
        except ValueError as e:
            print("caught quiet", e)
        yield gen.sleep(0.05)
        self.write("m")

app = web.Application([(r"/m", MHandler)])
