# tornado: 4.5
# request: POST /test at 0
# remote: www.naver.com 100
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class TestHandler(web.RequestHandler):
    @web.asynchronous
    def post(self):
        self.test("test")

    @gen.coroutine
    def test(self, msg):
        print(msg)
        httpClient = AsyncHTTPClient()
        res = yield httpClient.fetch("http://www.naver.com")
        print(res.code)
        print("done")
        self.finish()

routes = [(r"/test", TestHandler)]
