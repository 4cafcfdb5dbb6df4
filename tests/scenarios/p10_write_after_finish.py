# tornado: 6.5
# request: POST /late at 0
# remote: api.example 100
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class LateHandler(web.RequestHandler):
    def post(self):
        self.respond()

    @gen.coroutine
    def respond(self):
        res = yield AsyncHTTPClient().fetch("http://api.example/")
        print("writing after the auto-finish")
        self.write(res.body)

routes = [(r"/late", LateHandler)]
