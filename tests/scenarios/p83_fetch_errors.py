# tornado: 6.5
# request: GET /nf at 0
# request: GET /nf-quiet at 10
# request: GET /uncaught at 20
# remote: missing.example 30 status 404 body no such thing
# remote: teapot.example 30 status 418 body short
from tornado import web
from tornado.httpclient import AsyncHTTPClient, HTTPError, HTTPClientError

class NfHandler(web.RequestHandler):
    async def get(self):
        try:
            await AsyncHTTPClient().fetch("http://missing.example/page")
        except HTTPError as e:
            print("HTTPError is HTTPClientError:", HTTPError is HTTPClientError)
            print("caught", e.code, str(e), repr(e.message), e.response.body)
            print("response error", e.response.error, e.response.reason)
        self.write("nf")

class NfQuietHandler(web.RequestHandler):
    async def get(self):
        r = await AsyncHTTPClient().fetch("http://teapot.example/", raise_error=False)
        print("code", r.code, "reason", r.reason, "body", r.body, "error", repr(r.error))
        try:
            r.rethrow()
        except HTTPClientError as e:
            print("rethrow", e)
        self.write("quiet")

class UncaughtHandler(web.RequestHandler):
    async def get(self):
        r = await AsyncHTTPClient().fetch("http://missing.example/")
        self.write(r.body)

routes = [(r"/nf", NfHandler), (r"/nf-quiet", NfQuietHandler), (r"/uncaught", UncaughtHandler)]
