# tornado: 6.5
# request: GET /a at 0
# request: GET /b at 0
from tornado import gen, web

class AHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        for i in range(3):
            print("a", i)
            yield None
        self.write("a")

class BHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        for i in range(3):
            print("b", i)
            yield gen.moment
        self.write("b")

routes = [(r"/a", AHandler), (r"/b", BHandler)]
