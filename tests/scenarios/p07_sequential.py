# tornado: 6.5
# request: GET /seq at 0
# remote: a.example 100
# remote: b.example 200
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class SeqHandler(web.RequestHandler):
    async def get(self):
        client = AsyncHTTPClient()
        ra = await client.fetch("http://a.example/")
        print("first", ra.code)
        rb = await client.fetch("http://b.example/")
        print("second", rb.code)
        self.write("sequential")

routes = [(r"/seq", SeqHandler)]
