# tornado: 6.5
# remote: fast.example 50
# remote: slow.example 200
# remote: broken.example 80 status 500 body oops
# request: GET /dash at 0
# request: GET /partial at 10
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient, HTTPError
import asyncio

class DashHandler(web.RequestHandler):
    async def get(self):
        client = AsyncHTTPClient()
        res = await gen.multi({
            "fast": client.fetch("http://fast.example/a"),
            "slow": client.fetch("http://slow.example/b"),
        })
        print(sorted((k, v.code, len(v.body)) for k, v in res.items()))
        self.write({k: v.body.decode() for k, v in res.items()})

class PartialHandler(web.RequestHandler):
    async def get(self):
        client = AsyncHTTPClient()
        results = await asyncio.gather(
            client.fetch("http://fast.example/"),
            client.fetch("http://broken.example/"),
            client.fetch("http://slow.example/", request_timeout=0.1),
            return_exceptions=True,
        )
        for r in results:
            if isinstance(r, Exception):
                print("failed", type(r).__name__, r, getattr(r, "code", None))
            else:
                print("ok", r.code, r.reason)
        self.write("%d ok" % sum(1 for r in results if not isinstance(r, Exception)))

app = web.Application([(r"/dash", DashHandler), (r"/partial", PartialHandler)])
