# tornado: 6.5
# request: GET /p at 0
# request: GET /p at 5
# request: GET /p at 10
# request: GET /p at 15
# request: GET /p at 20
# request: GET /p at 25
# request: GET /p at 30
# request: GET /p at 35
# request: GET /p at 40
# request: GET /p at 45
# request: GET /p at 50
# request: GET /p at 55
# request: GET /p at 60
# request: GET /p at 65
# remote: upstream.example 100
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class PHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        r = yield AsyncHTTPClient().fetch("http://upstream.example/")
        self.write("p%d" % r.code)

routes = [(r"/p", PHandler)]
