# tornado: 6.5
# request: GET /late at 0
# remote: bad.example 100 status 503
# remote: ok.example 100
import datetime
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class LateHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = AsyncHTTPClient()
        for host in ("bad.example", "ok.example"):
            try:
                yield gen.with_timeout(datetime.timedelta(seconds=0.05), client.fetch("http://%s/" % host))
            except gen.TimeoutError:
                print("timed out waiting for", host)
        yield gen.sleep(0.1)
        self.write("late")

routes = [(r"/late", LateHandler)]
