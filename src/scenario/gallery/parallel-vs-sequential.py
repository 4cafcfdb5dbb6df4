# request: GET /sequential at 0
# request: GET /parallel at 0
# remote: a.example 100
# remote: b.example 150
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class SequentialHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = AsyncHTTPClient()
        ra = yield client.fetch("http://a.example/")
        rb = yield client.fetch("http://b.example/")
        print("sequential", ra.code, rb.code)
        self.write("sequential")

class ParallelHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = AsyncHTTPClient()
        ra, rb = yield [client.fetch("http://a.example/"), client.fetch("http://b.example/")]
        print("parallel", ra.code, rb.code)
        self.write("parallel")

routes = [(r"/sequential", SequentialHandler), (r"/parallel", ParallelHandler)]
