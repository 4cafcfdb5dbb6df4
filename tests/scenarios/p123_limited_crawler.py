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
        order = []

        async def crawl(i):
            async with sem:
                order.append("start %d" % i)
                r = await client.fetch("http://site.example/page/%d" % i)
                order.append("done %d" % i)
                return len(r.body)

        sizes = await asyncio.gather(*(crawl(i) for i in range(5)))
        print(order)
        print("sizes", sizes)
        self.write({"pages": len(sizes)})

routes = [(r"/crawl", CrawlHandler)]
