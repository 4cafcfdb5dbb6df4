# tornado: 6.5
# request: GET /wt at 0
# remote: slow.example 400
# remote: fast.example 30
import asyncio
from datetime import timedelta
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class WtHandler(web.RequestHandler):
    async def get(self):
        client = AsyncHTTPClient()
        results = []
        for host in ("fast", "slow"):
            try:
                r = await gen.with_timeout(timedelta(seconds=0.15), client.fetch("http://%s.example/" % host))
                results.append("%s %d" % (host, r.code))
            except gen.TimeoutError:
                results.append("%s timeout" % host)
        try:
            await asyncio.wait_for(client.fetch("http://slow.example/again"), 0.1)
        except asyncio.TimeoutError:
            results.append("wait_for timeout")
        print(results)
        self.write(", ".join(results))

routes = [(r"/wt", WtHandler)]
