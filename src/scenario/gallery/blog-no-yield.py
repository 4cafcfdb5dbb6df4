from tornado import gen
from tornado.httpclient import AsyncHTTPClient

def post(self):
    self.test("test")
    print("done")

@gen.coroutine
def test(self, msg):
    print(msg)
    httpClient = AsyncHTTPClient()
    res = yield httpClient.fetch("http://www.naver.com")
    print(res.code)
    print("done")
    raise gen.Return(res)
