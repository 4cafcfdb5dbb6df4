# tornado: 6.5
# request: GET /ct at 0
# remote: slow.example 200
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient, HTTPRequest

class CtHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = AsyncHTTPClient()
        reqs = [HTTPRequest("http://slow.example/%d" % i, request_timeout=0.1 + 0.05 * i) for i in range(3)]
        results = []
        for f in [client.fetch(r) for r in reqs]:
            try:
                yield f
                results.append("ok")
            except Exception as e:
                results.append("%s %s" % (getattr(e, "code", None), e))
        for line in results:
            print(line)
        self.write("ct")

routes = [(r"/ct", CtHandler)]
