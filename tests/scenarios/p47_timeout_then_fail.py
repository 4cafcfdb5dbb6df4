# tornado: 6.5
# request: GET /late-fail at 0
# remote: broken.example 300 status 503
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class LateFailHandler(web.RequestHandler):
    async def get(self):
        try:
            await gen.with_timeout(IOLoop.current().time() + 0.1, AsyncHTTPClient().fetch("http://broken.example/"))
        except gen.TimeoutError:
            print("gave up waiting; the fetch goes on")
        self.write("done")

from tornado.ioloop import IOLoop
routes = [(r"/late-fail", LateFailHandler)]
