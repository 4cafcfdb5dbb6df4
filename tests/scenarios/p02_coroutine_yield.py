# tornado: 6.5
# request: GET /coro at 0
# remote: api.example 80
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class CoroHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        print("before fetch")
        res = yield AsyncHTTPClient().fetch("http://api.example/")
        print("after fetch", res.code, res.body)
        self.write(res.body)

routes = [(r"/coro", CoroHandler)]
