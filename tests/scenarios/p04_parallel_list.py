# tornado: 6.5
# request: GET /par at 0
# remote: a.example 100
# remote: b.example 200
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class ParHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = AsyncHTTPClient()
        ra, rb = yield [client.fetch("http://a.example/"), client.fetch("http://b.example/")]
        print("both", ra.body, rb.body)
        self.write("parallel")

routes = [(r"/par", ParHandler)]
