# tornado: 6.5
# request: GET /q at 0
# remote: slow.example 100
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

AsyncHTTPClient.configure(None, max_clients=2)

class QHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = AsyncHTTPClient()
        futures = [client.fetch("http://slow.example/%d" % i) for i in range(5)]
        for i, f in enumerate(futures):
            r = yield f
            print("fetch", i, r.code)
        self.write("queued")

routes = [(r"/q", QHandler)]
