# tornado: 6.5
# request: GET /multi at 0
from tornado import gen, web

@gen.coroutine
def fail_after(delay, message):
    yield gen.sleep(delay)
    raise ValueError(message)

class MultiHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        try:
            yield [fail_after(0.05, "first"), fail_after(0.1, "second"), gen.sleep(0.02)]
        except ValueError as e:
            print("caught", e)
        try:
            yield gen.multi([fail_after(0.01, "loud"), fail_after(0.02, "quiet")], quiet_exceptions=ValueError)
        except ValueError as e:
            print("caught", e)
        self.write("multi")

routes = [(r"/multi", MultiHandler)]
