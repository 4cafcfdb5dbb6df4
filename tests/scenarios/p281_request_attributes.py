# tornado: 6.5
# request: GET /info/42/edit?x=1&y=%20two at 0
# request: POST /info/7/save at 10 body {"a": 1}
# request: DELETE /info/9/remove at 20
# request: HEAD /info/1/x at 30
# request: OPTIONS /info/1/x at 40
# request: PATCH /info/2/p at 50 body k=v
from tornado import web

class InfoHandler(web.RequestHandler):
    SUPPORTED_METHODS = web.RequestHandler.SUPPORTED_METHODS

    def _dump(self, uid, action):
        r = self.request
        print(r.method, r.uri, r.path, repr(r.query), r.version, r.remote_ip, r.host)
        print("full_url", r.full_url())
        print("path args", uid, action, type(uid).__name__)
        print("body", repr(r.body), "len", len(r.body))
        print("content-length", r.headers.get("Content-Length"), "ua", r.headers.get("User-Agent", "none"))
        print("args", sorted(r.arguments))

    def get(self, uid, action):
        self._dump(uid, action)
        self.write("got %s" % uid)

    def post(self, uid, action):
        self._dump(uid, action)
        self.write("posted")

    def delete(self, uid, action):
        self._dump(uid, action)
        self.set_status(204)

    def head(self, uid, action):
        self._dump(uid, action)

    def patch(self, uid, action):
        self._dump(uid, action)
        self.write(dict(self.request.body_arguments and {"k": 1} or {}))

app = web.Application([(r"/info/(?P<uid>\d+)/(?P<action>\w+)", InfoHandler)])
