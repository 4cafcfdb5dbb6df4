# tornado: 6.5
# request: GET /reprs at 0
from tornado import gen, web
from tornado.concurrent import Future
from tornado.httpclient import HTTPClientError

class ReprsHandler(web.RequestHandler):
    async def get(self):
        print(repr(web.HTTPError(404)), str(web.HTTPError(404)))
        print(repr(web.HTTPError(400, "bad %s", "x")))
        print(repr(HTTPClientError(502)), str(HTTPClientError(502)))
        f = Future()
        print(f)
        f.set_result([1, 2])
        print(f)
        g = Future()
        g.set_exception(ValueError("v"))
        print(g, g.exception())
        s = gen.sleep(0.01)
        print(type(s).__name__, s.done())
        await s
        print(type(self).__name__, type(self.request).__name__, type(self.request.headers).__name__)
        self.write("reprs")

routes = [(r"/reprs", ReprsHandler)]
