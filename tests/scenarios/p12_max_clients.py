# tornado: 6.5
# request: GET /many at 0
# remote: slow.example 200
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class ManyHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = AsyncHTTPClient()
        futures = [self.one(client, i) for i in range(15)]
        results = yield futures
        print("all", len(results))
        self.write("%d" % len(results))

    @gen.coroutine
    def one(self, client, i):
        yield client.fetch("http://slow.example/%d" % i)
        print("done", i)
        raise gen.Return(i)

routes = [(r"/many", ManyHandler)]
