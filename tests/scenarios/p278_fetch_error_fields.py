# tornado: 6.5
# remote: notfound.example 20 status 404 body nope
# remote: err.example 20 status 503 body down
# request: GET /a at 0
# request: GET /b at 50
# request: GET /c at 100
from tornado import web, httpclient
from tornado.httpclient import AsyncHTTPClient

class AHandler(web.RequestHandler):
    async def get(self):
        try:
            await AsyncHTTPClient().fetch("http://notfound.example/x")
        except httpclient.HTTPError as e:
            print("caught", type(e).__name__, e.code, str(e), e.response.body if e.response else None)
            print("is HTTPClientError", isinstance(e, getattr(httpclient, "HTTPClientError", ())))
        self.write("a")

class BHandler(web.RequestHandler):
    async def get(self):
        r = await AsyncHTTPClient().fetch("http://err.example/y", raise_error=False)
        print("no raise", r.code, r.reason, r.body, type(r.error).__name__, r.error)
        print("header", r.headers.get("Content-Length"))
        r.rethrow()

class CHandler(web.RequestHandler):
    async def get(self):
        r = await AsyncHTTPClient().fetch("http://notfound.example/z")
        self.write(r.body)

app = web.Application([(r"/a", AHandler), (r"/b", BHandler), (r"/c", CHandler)])
