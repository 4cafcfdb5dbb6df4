# tornado: 6.5
# request: GET /t at 0
# remote: slow.example 500
from tornado import web
from tornado.httpclient import AsyncHTTPClient, HTTPRequest, HTTPClientError

class THandler(web.RequestHandler):
    async def get(self):
        client = AsyncHTTPClient()
        try:
            await client.fetch("http://slow.example/", request_timeout=0.1, raise_error=False)
        except Exception as e:
            print("raise_error=False still raises:", type(e).__name__, e.code, e)
        req = HTTPRequest("http://slow.example/x", method="GET", request_timeout=0.05)
        try:
            await client.fetch(req)
        except HTTPClientError as e:
            print("request object:", e.code, e, e.response)
        r = await client.fetch("http://slow.example/y", request_timeout=1)
        print("ok", r.code, r.body, round(r.request_time, 1))
        self.write("t")

routes = [(r"/t", THandler)]
