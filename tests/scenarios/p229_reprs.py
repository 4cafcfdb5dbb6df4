# tornado: 6.5
# request: GET /r at 0
# remote: nf.example 10 status 404
import tornado
from tornado import gen, web, httpclient
from tornado.concurrent import Future
from tornado.ioloop import IOLoop

@gen.coroutine
def co():
    raise gen.Return(1)

class RHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        print(type(IOLoop.current()).__name__, IOLoop.current() is IOLoop.instance())
        f = Future()
        print("pending", f)
        f.set_result(3)
        print("done", f)
        c = co()
        print("coroutine future", c, type(c).__name__)
        print("handler", self)
        print("error", repr(web.HTTPError(404)), str(web.HTTPError(403, "why %s", "x")))
        try:
            yield httpclient.AsyncHTTPClient().fetch("http://nf.example/")
        except httpclient.HTTPError as e:
            print("client error", repr(e), type(e).__module__, type(e).__name__)
        print("request", self.request.method, self.request.uri, self.request.version, type(self.request).__name__)
        print("moment", type(gen.moment).__name__ if hasattr(gen, "moment") else None)
        self.write("r")

routes = [(r"/r", RHandler)]
