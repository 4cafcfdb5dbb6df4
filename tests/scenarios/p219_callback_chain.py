# tornado: 6.5
# request: GET /chain at 0
# request: GET /chain at 40
# remote: first.example 50
# remote: second.example 30 body second-body
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class ChainHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        self.client = AsyncHTTPClient()
        self.client.fetch("http://first.example/", callback=self.on_first)
        print("chain started", self.request.uri)

    def on_first(self, response):
        print("first", response.code)
        self.client.fetch("http://second.example/", callback=self.on_second)

    def on_second(self, response):
        print("second", response.body)
        self.finish(response.body)

routes = [(r"/chain", ChainHandler)]
