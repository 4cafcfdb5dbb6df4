# tornado: 6.5
# request: GET /mixed at 0
# request: GET /mixed at 40
# remote: a.example 60
# remote: b.example 90 status 404
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

@gen.coroutine
def legacy_fetch(url):
    try:
        r = yield AsyncHTTPClient().fetch(url)
        raise gen.Return(r.code)
    except Exception as e:
        raise gen.Return("error: %s" % e)

async def modern_fetch(url):
    r = await AsyncHTTPClient().fetch(url, raise_error=False)
    return r.code

class MixedHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        n = self.request.uri
        a = yield legacy_fetch("http://a.example/")
        b = yield legacy_fetch("http://b.example/")
        c, d = yield [modern_fetch("http://a.example/"), modern_fetch("http://b.example/")]
        print(n, a, b, c, d)
        self.write("%s %s %s %s" % (a, b, c, d))

routes = [(r"/mixed", MixedHandler)]
