# tornado: 6.5
# request: GET /a at 0
# request: GET /b at 0
from tornado import gen, web
from tornado.concurrent import Future
from tornado.ioloop import IOLoop

@gen.coroutine
def inner(tag, n):
    for i in range(n):
        yield gen.moment
        print(tag, "inner", i)
    raise gen.Return(tag)

async def native(tag):
    await gen.moment
    print(tag, "native")
    return tag

class AHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        print("a start")
        v = yield inner("a", 3)
        print("a got", v)
        f = Future()
        IOLoop.current().add_callback(f.set_result, "cb")
        print("a future", (yield f))
        self.write(v)

class BHandler(web.RequestHandler):
    async def get(self):
        print("b start")
        v = await native("b")
        print("b got", v)
        w = await inner("b", 2)
        print("b got", w)
        self.write(v)

routes = [(r"/a", AHandler), (r"/b", BHandler)]
