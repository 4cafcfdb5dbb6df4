# tornado: 6.5
# request: POST /fire at 0
# remote: api.example 100
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class FireHandler(web.RequestHandler):
    def post(self):
        print("post enter")
        self.work()
        print("post return")

    @gen.coroutine
    def work(self):
        yield AsyncHTTPClient().fetch("http://api.example/")
        print("worker resumed; raising")
        raise ValueError("boom in fire-and-forget")

routes = [(r"/fire", FireHandler)]
