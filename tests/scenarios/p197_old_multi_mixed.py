# tornado: 6.5
# request: GET /mm at 0
# remote: a.example 30
# remote: b.example 50
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient
from tornado.ioloop import IOLoop

def later(v, callback):
    IOLoop.current().add_timeout(IOLoop.current().time() + 0.01, lambda: callback(v))

class MmHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = AsyncHTTPClient()
        res = yield [client.fetch("http://a.example/"), gen.Task(later, "task")]
        print("list", res[0].code, res[1])
        d = yield {"b": client.fetch("http://b.example/"), "t": gen.Task(later, 7)}
        print("dict", d["b"].code, d["t"])
        self.write("mm")

routes = [(r"/mm", MmHandler)]
