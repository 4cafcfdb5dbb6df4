# tornado: 6.5
# request: POST /test at 0 body a
# request: POST /test at 100 body b
# request: POST /test at 350 body c
# remote: www.google.com 200
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class TestHandler(web.RequestHandler):
    def post(self):
        body = self.request.body.decode()
        print("post", body)
        self.do_something(body)
        self.write("accepted " + body)

    @gen.coroutine
    def do_something(self, tag):
        print("do_something start", tag)
        resp = yield AsyncHTTPClient().fetch("http://www.google.com/")
        print("do_something done", tag, resp.code)
        self.write(" late")

routes = [(r"/test", TestHandler)]
