# tornado: 6.5
# request: GET /to at 0
# remote: slow.example 300
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient, HTTPRequest

class ToHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = AsyncHTTPClient()
        try:
            r = yield client.fetch("http://slow.example/a", request_timeout=0.05, raise_error=False)
            print("no-raise", r.code, r.error, r.body)
        except Exception as e:
            print("no-raise raised", type(e).__name__, e)
        req = HTTPRequest("http://slow.example/b", connect_timeout=0.5, request_timeout=0.08)
        try:
            yield client.fetch(req)
        except Exception as e:
            print("raised", type(e).__name__, e, getattr(e, "code", None))
        self.write("to")

routes = [(r"/to", ToHandler)]
