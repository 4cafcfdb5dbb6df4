# tornado: 6.5
# request: GET /count at 0
# request: GET /count at 25
from tornado import gen, web

class CountHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        n = len(self.request.uri)
        for i in range(3):
            print("step", i)
            yield gen.sleep(0.05)
        self.write("counted %d" % n)

routes = [(r"/count", CountHandler)]
