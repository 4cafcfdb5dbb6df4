# tornado: 6.5
# request: GET /bm?n=3 at 0
# remote: count.example 20
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class BmHandler(web.RequestHandler):
    def fetch_count(self, i, callback):
        AsyncHTTPClient().fetch("http://count.example/%d" % i, callback=lambda r: callback((i, r.code)))

    @web.asynchronous
    @gen.coroutine
    def get(self):
        n = int(self.get_argument("n"))
        results = yield [gen.Task(self.fetch_count, i) for i in range(n)]
        print("results", results)
        self.write(str(results))

routes = [(r"/bm", BmHandler)]
