# tornado: 6.5
# request: GET /nest at 0
from tornado import gen, web

@gen.coroutine
def leaf(n):
    yield gen.Task(lambda callback: callback()) if not hasattr(gen, "sleep") else gen.sleep(0.01)
    if n == 3:
        raise ValueError("leaf %d" % n)
    raise gen.Return(n * n)

@gen.coroutine
def middle(n):
    try:
        v = yield leaf(n)
    except ValueError as e:
        print("middle caught", e)
        v = -1
    finally:
        print("middle finally", n)
    raise gen.Return(v + 1)

class NestHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        total = 0
        for n in range(1, 5):
            total += yield middle(n)
        print("total", total)
        self.write(str(total))

routes = [(r"/nest", NestHandler)]
