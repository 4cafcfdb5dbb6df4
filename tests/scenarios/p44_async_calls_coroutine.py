# tornado: 6.5
# request: POST /mix at 0
# remote: api.example 100
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class MixHandler(web.RequestHandler):
    async def post(self):
        print("async post enter")
        self.legacy()
        print("async post return")

    @gen.coroutine
    def legacy(self):
        print("legacy start (runs eagerly)")
        res = yield AsyncHTTPClient().fetch("http://api.example/")
        print("legacy resumed after the response was sent", res.code)

routes = [(r"/mix", MixHandler)]
