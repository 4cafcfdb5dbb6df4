# tornado: 6.5
# request: GET /m at 0
# remote: a.example 30
# remote: b.example 60 status 500
# remote: c.example 10
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class MHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        client = AsyncHTTPClient()
        v = yield gen.maybe_future(42)
        print("maybe", v)
        d = yield {"a": client.fetch("http://a.example/"), "c": client.fetch("http://c.example/")}
        print("dict", sorted((k, r.code) for k, r in d.items()))
        it = gen.WaitIterator(client.fetch("http://a.example/"), client.fetch("http://b.example/"), client.fetch("http://c.example/"))
        while not it.done():
            try:
                r = yield it.next()
                print("waititer", it.current_index, r.code)
            except Exception as e:
                print("waititer", it.current_index, "error", e)
        try:
            yield gen.multi([client.fetch("http://b.example/"), gen.sleep(0.01)])
        except Exception as e:
            print("multi error", type(e).__name__, e)
        self.write("m")

routes = [(r"/m", MHandler)]
