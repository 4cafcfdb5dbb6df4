# tornado: 6.5
# request: GET /a at 0
# request: GET /b at 100
# request: GET /c at 200
# request: GET /d at 300
# remote: a.example 20
import asyncio
from tornado import web, gen, ioloop
from tornado.httpclient import AsyncHTTPClient

def ct():
    try:
        t = asyncio.current_task()
    except RuntimeError as e:
        return "error " + str(e)
    if t is None:
        return "None"
    # 6.x names it RequestHandler._execute, 5.1 the handler method itself.
    return type(t).__name__ + " " + t.get_coro().__qualname__.split(".")[-1]

async def spawned(tag):
    print(tag, "spawned start", ct())
    await gen.sleep(0.01)
    print(tag, "spawned after", ct())

class A(web.RequestHandler):
    def prepare(self):
        print("A prepare", ct())
    async def get(self):
        print("A start", ct())
        await AsyncHTTPClient().fetch("http://a.example/")
        print("A after fetch", ct())
        await gen.sleep(0.01)
        print("A after sleep", ct())
        self.write("a")

class B(web.RequestHandler):
    @gen.coroutine
    def get(self):
        print("B start", ct())
        yield AsyncHTTPClient().fetch("http://a.example/")
        print("B after fetch", ct())
        yield gen.sleep(0.01)
        print("B after sleep", ct())
        self.write("b")

class C(web.RequestHandler):
    def get(self):
        print("C plain", ct())
        ioloop.IOLoop.current().spawn_callback(spawned, "C1")
        ioloop.IOLoop.current().add_callback(spawned, "C2")
        f = gen.convert_yielded(spawned("C3"))
        print("C3 future", type(f).__name__)
        self.write("c")

class D(web.RequestHandler):
    async def get(self):
        t = asyncio.current_task()
        print("D name", t.get_name())
        self.write("d")

routes = [(r"/a", A), (r"/b", B), (r"/c", C), (r"/d", D)]
