# tornado: 6.5
# request: GET /y?k=gen at 0
# request: GET /y?k=str at 10
# request: GET /y?k=nested at 20
# request: GET /y?k=none at 30
from tornado import gen, web

def plain_generator():
    yield 1

@gen.coroutine
def value(v):
    raise gen.Return(v)

class YHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        k = self.get_argument("k")
        if k == "gen":
            r = yield plain_generator()
        elif k == "str":
            r = yield "text"
        elif k == "nested":
            r = yield {"a": [value(1), value(2)], "b": value(3)}
        else:
            r = yield None
        print(k, r)
        self.write(str(r))

routes = [(r"/y", YHandler)]
