# tornado: 6.5
# remote: slow.example 300
# remote: ok.example 30
# request: GET /gen at 0
# request: GET /wait_for at 10
# request: GET /ok at 20
import asyncio
from datetime import timedelta
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient
from tornado.ioloop import IOLoop

class GenHandler(web.RequestHandler):
    async def get(self):
        try:
            r = await gen.with_timeout(timedelta(seconds=0.1), AsyncHTTPClient().fetch("http://slow.example/"))
            self.write(r.body)
        except gen.TimeoutError as e:
            print("gen timeout", type(e).__name__, repr(e))
            self.set_status(504)
            self.write("timeout")

class WaitForHandler(web.RequestHandler):
    async def get(self):
        try:
            r = await asyncio.wait_for(AsyncHTTPClient().fetch("http://slow.example/"), 0.05)
        except asyncio.TimeoutError as e:
            print("wait_for timeout", type(e).__name__)
            raise web.HTTPError(504, reason="Upstream Slow")
        self.write(r.body)

class OkHandler(web.RequestHandler):
    async def get(self):
        r = await gen.with_timeout(IOLoop.current().time() + 1, AsyncHTTPClient().fetch("http://ok.example/"))
        self.write(r.body)

app = web.Application([(r"/gen", GenHandler), (r"/wait_for", WaitForHandler), (r"/ok", OkHandler)])
