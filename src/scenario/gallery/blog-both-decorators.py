# tornado: 4.5
# request: GET /test at 0
# remote: www.google.com 100
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class TestHandler(web.RequestHandler):
    @web.asynchronous
    @gen.coroutine
    def get(self):
        httpClient = AsyncHTTPClient()
        val = yield httpClient.fetch("http://www.google.com")
        print(val.code)
        self.write("fetched %d bytes" % len(val.body))

routes = [(r"/test", TestHandler)]
