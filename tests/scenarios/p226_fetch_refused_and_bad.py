# tornado: 6.5
# request: GET /refused at 0
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient, HTTPRequest

class RefusedHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = AsyncHTTPClient()
        try:
            yield client.fetch("http://127.0.0.1:1/")
        except Exception as e:
            print("refused", type(e).__name__, e)
        try:
            yield client.fetch(HTTPRequest("http://api.example/", method="POST"))
        except Exception as e:
            print("post without body", type(e).__name__, e)
        try:
            yield client.fetch("http://api.example/", method="GET", body="x")
        except Exception as e:
            print("get with body", type(e).__name__, e)
        self.write("refused")

routes = [(r"/refused", RefusedHandler)]
