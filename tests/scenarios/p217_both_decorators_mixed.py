# tornado: 6.5
# request: GET /both at 0
# request: GET /both?fail=1 at 30
# remote: www.google.com 100
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class BothHandler(web.RequestHandler):
    @web.asynchronous
    @gen.coroutine
    def get(self):
        r = yield AsyncHTTPClient().fetch("http://www.google.com")
        if self.get_argument("fail", None):
            raise ValueError("failed after fetch")
        self.write("fetched %d" % r.code)

routes = [(r"/both", BothHandler)]
