# tornado: 6.5
# request: GET /one at 0
# remote: slow.example 100
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class OneHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = AsyncHTTPClient(force_instance=True, max_clients=1)
        print("separate instance", client is not AsyncHTTPClient())
        fs = [client.fetch("http://slow.example/%d" % i, connect_timeout=0.15, request_timeout=1) for i in range(3)]
        for i, f in enumerate(fs):
            try:
                r = yield f
                print(i, "ok", r.code)
            except Exception as e:
                print(i, "failed", type(e).__name__, e)
        self.write("one")

routes = [(r"/one", OneHandler)]
