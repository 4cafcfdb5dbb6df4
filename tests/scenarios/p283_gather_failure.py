# tornado: 6.5
# remote: a.example 30
# remote: b.example 60 status 502 body bad gateway
# remote: c.example 90
# request: GET /all at 0
# request: GET /multi at 200
import asyncio
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

async def get(url):
    r = await AsyncHTTPClient().fetch(url)
    print("done", url, r.code)
    return r.body

class AllHandler(web.RequestHandler):
    async def get(self):
        try:
            res = await asyncio.gather(get("http://a.example/"), get("http://b.example/"), get("http://c.example/"))
            self.write(repr(res))
        except Exception as e:
            print("gather failed", type(e).__name__, e)
            self.write("failed: %s" % e)

class MultiHandler(web.RequestHandler):
    async def get(self):
        try:
            res = await gen.multi([get("http://b.example/"), get("http://a.example/"), get("http://b.example/2")])
        except Exception as e:
            print("multi failed", e)
            raise
        self.write("ok")

app = web.Application([(r"/all", AllHandler), (r"/multi", MultiHandler)])
