# tornado: 6.5
# request: POST /boom at 0
# remote: api.example 100
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class BoomHandler(web.RequestHandler):
    @gen.coroutine
    def post(self):
        yield AsyncHTTPClient().fetch("http://api.example/")
        print("resumed; raising")
        raise ValueError("boom after yield")

    def on_finish(self):
        print("on_finish")

routes = [(r"/boom", BoomHandler)]
