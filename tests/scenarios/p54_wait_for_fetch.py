# tornado: 6.5
# request: GET /wf at 0
# remote: slow.example 400
import asyncio
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class WaitForFetchHandler(web.RequestHandler):
    async def get(self):
        fut = AsyncHTTPClient().fetch("http://slow.example/")
        try:
            await asyncio.wait_for(fut, 0.1)
        except asyncio.TimeoutError:
            print("timeout; fetch cancelled:", fut.cancelled())
        self.write("done")

routes = [(r"/wf", WaitForFetchHandler)]
