# tornado: 6.5
# request: GET /crawl at 0
# remote: site.example 60
import asyncio
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class CrawlHandler(web.RequestHandler):
    async def get(self):
        sem = asyncio.Semaphore(2)
        client = AsyncHTTPClient()
        active = [0, 0]

        async def crawl(i):
            async with sem:
                active[0] += 1
                active[1] = max(active)
                r = await client.fetch("http://site.example/page/%d" % i)
                active[0] -= 1
                return len(r.body)

        sizes = await asyncio.gather(*(crawl(i) for i in range(5)))
        print("most at once", active[1])
        print("sizes", sizes)
        self.write({"pages": len(sizes)})

routes = [(r"/crawl", CrawlHandler)]
