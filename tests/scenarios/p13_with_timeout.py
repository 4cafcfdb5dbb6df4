# tornado: 6.5
# request: GET /timeout at 0
# remote: slow.example 500
from datetime import timedelta
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class TimeoutHandler(web.RequestHandler):
    async def get(self):
        fut = AsyncHTTPClient().fetch("http://slow.example/")
        try:
            await gen.with_timeout(timedelta(seconds=0.2), fut)
        except gen.TimeoutError as e:
            print("timed out:", type(e).__name__, e)
            self.set_status(504)
            self.write("gave up")
            return
        self.write("in time")

routes = [(r"/timeout", TimeoutHandler)]
