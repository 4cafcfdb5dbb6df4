# tornado: 6.5
# request: GET /burst at 0
# remote: slow.example 500
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class BurstHandler(web.RequestHandler):
    async def get(self):
        client = AsyncHTTPClient(force_instance=True, max_clients=2)
        async def one(i):
            try:
                r = await client.fetch("http://slow.example/%d" % i, connect_timeout=0.25, request_timeout=1)
                print("fetch", i, r.code)
            except Exception as e:
                print("fetch", i, type(e).__name__, e)
        await gen.multi([one(i) for i in range(4)])
        self.write("burst")

routes = [(r"/burst", BurstHandler)]
