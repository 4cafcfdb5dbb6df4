# tornado: 6.5
# request: GET /chain at 0
from tornado import gen, web

@gen.coroutine
def inner(x):
    yield gen.sleep(0.01)
    if x < 0:
        raise ValueError("negative: %d" % x)
    raise gen.Return(x * 2)

@gen.coroutine
def middle(x):
    y = yield inner(x)
    return y + 1

async def outer(x):
    return await middle(x)

class ChainHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        a = yield outer(5)
        print("a", a)
        try:
            yield middle(-1)
        except ValueError as e:
            print("propagated", e)
        f = inner(3)
        print("is future", gen.is_future(f), type(f).__name__)
        b = yield f
        print("b", b)
        self.write("chain %d %d" % (a, b))

routes = [(r"/chain", ChainHandler)]
