# tornado: 6.5
# request: GET /cb at 0
# remote: missing.example 40 status 404 body gone
# remote: slow.example 500
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class CbHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        self.seen = []
        client = AsyncHTTPClient()
        client.fetch("http://missing.example/x", callback=self.on_missing)
        client.fetch("http://slow.example/y", callback=self.on_slow, request_timeout=0.1)
        print("both started")

    def on_missing(self, response):
        print("missing", response.code, response.error, response.body)
        self.seen.append(response.code)

    def on_slow(self, response):
        print("slow", response.code, response.error, response.body)
        self.seen.append(response.code)
        self.finish("codes %s" % self.seen)

routes = [(r"/cb", CbHandler)]
