# tornado: 6.5
# request: GET /agg at 0
# request: GET /agg at 25
# remote: a.example 40
# remote: b.example 90
# remote: c.example 10
# remote: d.example 60 status 500
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class AggHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        c = AsyncHTTPClient()
        hosts = ["a", "b", "c"]
        rs = yield [c.fetch("http://%s.example/" % h) for h in hosts]
        print("agg", self.request.uri, [r.code for r in rs])
        try:
            yield [c.fetch("http://c.example/"), c.fetch("http://d.example/")]
        except Exception as e:
            print("agg error", e)
        self.write("agg")

routes = [(r"/agg", AggHandler)]
