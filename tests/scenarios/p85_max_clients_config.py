# tornado: 6.5
# request: GET /q at 0
# remote: slow.example 100
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient
from tornado.ioloop import IOLoop

AsyncHTTPClient.configure(None, max_clients=2)

class QHandler(web.RequestHandler):
    async def get(self):
        client = AsyncHTTPClient()
        start = IOLoop.current().time()
        async def one(i):
            await client.fetch("http://slow.example/%d" % i)
            print("fetch", i, "done after", int((IOLoop.current().time() - start) * 10) / 10)
        await gen.multi([one(i) for i in range(5)])
        self.write("queued")

routes = [(r"/q", QHandler)]
