# tornado: 6.5
# request: GET /idiom at 0
# remote: ok.example 30 body fine
# remote: nf.example 40 status 404 body missing
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class IdiomHandler(web.RequestHandler):
    @web.asynchronous
    @gen.engine
    def get(self):
        client = AsyncHTTPClient()
        ok = yield gen.Task(client.fetch, "http://ok.example/")
        print("ok", ok.code, ok.body, ok.error)
        nf = yield gen.Task(client.fetch, "http://nf.example/")
        print("nf", nf.code, nf.body, nf.error)
        both = yield [gen.Task(client.fetch, "http://ok.example/"), gen.Task(client.fetch, "http://nf.example/")]
        print("both", [r.code for r in both])
        self.finish("codes %d %d" % (ok.code, nf.code))

routes = [(r"/idiom", IdiomHandler)]
