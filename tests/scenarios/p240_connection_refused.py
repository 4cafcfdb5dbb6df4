# tornado: 6.5
# request: GET /refused at 0
import tornado
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class RefusedHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        try:
            r = yield AsyncHTTPClient().fetch("http://127.0.0.1/nothing-listens")
            print("answered", r.code)
        except Exception as e:
            print("refused", type(e).__name__, e, getattr(e, "code", None))
        if tornado.version_info >= (4, 1):
            try:
                r = yield AsyncHTTPClient().fetch("http://127.0.0.1/again", raise_error=False)
                print("no raise", r.code, repr(r.error))
            except Exception as e:
                print("raised anyway", type(e).__name__)
        self.write("done")

routes = [(r"/refused", RefusedHandler)]
