# tornado: 6.5
# request: GET /fields at 0
# remote: ok.example 20 body hello world
# remote: nf.example 20 status 404 body nothing here
import tornado
from tornado import gen, web, httpclient
from tornado.httpclient import AsyncHTTPClient

class FieldsHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = AsyncHTTPClient()
        r = yield client.fetch("http://ok.example/")
        print("ok", r.code, r.reason, r.body, r.error, r.headers.get("Content-Length"), len(r.body))
        print("request", r.request.method, type(r.request_time).__name__)
        try:
            yield client.fetch("http://nf.example/")
        except httpclient.HTTPError as e:
            print("error", type(e).__name__, e.code, str(e), e.response.body)
            print("client error class", hasattr(httpclient, "HTTPClientError"))
        if tornado.version_info >= (4, 1):
            r2 = yield client.fetch("http://nf.example/", raise_error=False)
            print("no raise", r2.code, r2.error)
            try:
                r2.rethrow()
            except Exception as e:
                print("rethrow", repr(e))
        self.write("fields")

routes = [(r"/fields", FieldsHandler)]
