# tornado: 4.5
# request: GET /test at 0
# remote: www.google.com 100
# client-timeout: 600
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class TestHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        self.test()

    @gen.coroutine
    def test(self):
        httpClient = AsyncHTTPClient()
        val = yield httpClient.fetch("http://www.google.com")
        print(val.code)

routes = [(r"/test", TestHandler)]
