# tornado: 6.5
# request: GET /v at 0
# request: GET /v at 10
# request: GET /v at 200
# remote: origin.example 60
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class Cache(object):
    value = None
    pending = None

    @gen.coroutine
    def get(self):
        if Cache.value is not None:
            raise gen.Return(("hit", Cache.value))
        print("miss; fetching")
        r = yield AsyncHTTPClient().fetch("http://origin.example/")
        Cache.value = r.body.decode()
        raise gen.Return(("miss", Cache.value))

cache = Cache()

class VHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        kind, v = yield cache.get()
        print(kind, v)
        self.write(kind)

routes = [(r"/v", VHandler)]
