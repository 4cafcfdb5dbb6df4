# tornado: 6.5
# request: GET /dict at 0
# remote: a.example 150
# remote: b.example 50
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class DictHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = AsyncHTTPClient()
        res = yield {"a": client.fetch("http://a.example/"), "b": client.fetch("http://b.example/")}
        print(sorted(res.keys()), res["a"].code, res["b"].body)
        self.write({"keys": sorted(res.keys())})

routes = [(r"/dict", DictHandler)]
