/**
 * The text the editor opens with: the first example of the blog post this
 * playground grew from. `post()` calls a `@gen.coroutine` without `yield`, so
 * the response is sent before the fetch comes back and the coroutine goes on
 * working after it.
 */
export const DEFAULT_CODE = `# request: POST /test at 0
# remote: www.naver.com 100
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class TestHandler(web.RequestHandler):
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

routes = [(r"/test", TestHandler)]
`;
