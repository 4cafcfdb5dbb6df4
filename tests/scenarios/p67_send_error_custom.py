# tornado: 6.5
# request: GET /boom at 0
# request: GET /nf at 10
# request: GET /after-write at 20
# request: GET /bad-write-error at 30
import traceback
from tornado import web

class BaseHandler(web.RequestHandler):
    def write_error(self, status_code, **kwargs):
        print("write_error", status_code, self._reason, sorted(kwargs))
        if "exc_info" in kwargs:
            etype, value, tb = kwargs["exc_info"]
            print("exc_info", etype.__name__, value)
            lines = traceback.format_exception(*kwargs["exc_info"])
            print("last line", lines[-1].strip())
        self.finish({"error": status_code, "reason": self._reason})

class BoomHandler(BaseHandler):
    def get(self):
        {}["key"]

class NfHandler(BaseHandler):
    def get(self):
        self.send_error(404)
        print("after send_error, finished:", self._finished)

class AfterWriteHandler(BaseHandler):
    def get(self):
        self.write("half a page")
        self.send_error(500)

class BadWriteErrorHandler(web.RequestHandler):
    def get(self):
        raise ValueError("original")

    def write_error(self, status_code, **kwargs):
        raise RuntimeError("write_error itself failed")

routes = [(r"/boom", BoomHandler), (r"/nf", NfHandler), (r"/after-write", AfterWriteHandler),
          (r"/bad-write-error", BadWriteErrorHandler)]
