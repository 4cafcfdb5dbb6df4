# tornado: 6.5
# request: GET /upstream at 0
# request: GET /uncaught at 200
# remote: broken.example 80 status 500 body oops
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class UpstreamHandler(web.RequestHandler):
    async def get(self):
        res = await AsyncHTTPClient().fetch("http://broken.example/", raise_error=False)
        print("code", res.code, "error", res.error, "body", res.body)
        self.write("got %d" % res.code)

class UncaughtHandler(web.RequestHandler):
    async def get(self):
        await AsyncHTTPClient().fetch("http://broken.example/")
        self.write("never")

routes = [(r"/upstream", UpstreamHandler), (r"/uncaught", UncaughtHandler)]
