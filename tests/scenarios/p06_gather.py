# tornado: 6.5
# request: GET /gather at 0
# remote: a.example 100
# remote: b.example 150
import asyncio
from tornado import web
from tornado.httpclient import AsyncHTTPClient

async def get_body(url):
    res = await AsyncHTTPClient().fetch(url)
    return res.body.decode()

class GatherHandler(web.RequestHandler):
    async def get(self):
        bodies = await asyncio.gather(get_body("http://a.example/"), get_body("http://b.example/"))
        print(bodies)
        self.write(" ".join(bodies))

routes = [(r"/gather", GatherHandler)]
