# tornado: 6.5
# request: GET /self at 0
# request: GET /refused at 200
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class SelfHandler(web.RequestHandler):
    async def get(self):
        r = await AsyncHTTPClient().fetch("http://localhost:8888/other")
        print("self fetch", r.code, r.body)
        self.write("self")

class RefusedHandler(web.RequestHandler):
    async def get(self):
        try:
            await AsyncHTTPClient().fetch("http://127.0.0.1:1/")
        except Exception as e:
            print("refused:", type(e).__name__, e)
        self.write("refused")

routes = [(r"/self", SelfHandler), (r"/refused", RefusedHandler)]
