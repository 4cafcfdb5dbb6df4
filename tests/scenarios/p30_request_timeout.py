# tornado: 6.5
# request: GET /slow at 0
# remote: slow.example 1000
from tornado import web
from tornado.httpclient import AsyncHTTPClient, HTTPClientError

class SlowHandler(web.RequestHandler):
    async def get(self):
        try:
            await AsyncHTTPClient().fetch("http://slow.example/", request_timeout=0.3)
        except HTTPClientError as e:
            print("fetch failed:", type(e).__name__, e.code, e)
            self.set_status(504)
            self.write("timeout")

routes = [(r"/slow", SlowHandler)]
