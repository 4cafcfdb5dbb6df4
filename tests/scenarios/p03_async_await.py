# tornado: 6.5
# request: GET /aw at 0
# request: GET /aw at 30
# remote: api.example 120
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class AwaitHandler(web.RequestHandler):
    async def get(self):
        print("start")
        res = await AsyncHTTPClient().fetch("http://api.example/data")
        print("got", res.code)
        self.write("ok %d" % len(res.body))

routes = [(r"/aw", AwaitHandler)]
