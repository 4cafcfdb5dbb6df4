# tornado: 6.5
# request: GET /methods at 0
# remote: api.example 50 body ok
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class MethodsHandler(web.RequestHandler):
    async def get(self):
        client = AsyncHTTPClient()
        for method, body in (("GET", None), ("POST", "x=1"), ("PUT", "x=2"), ("DELETE", None), ("PATCH", "x=3")):
            r = await client.fetch("http://api.example/items/1", method=method, body=body, raise_error=False)
            print(method, r.code, r.reason, len(r.body))
        self.write("methods")

routes = [(r"/methods", MethodsHandler)]
