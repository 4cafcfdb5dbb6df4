# tornado: 6.5
# request: GET /s at 0
# request: GET /s at 5
# request: GET /s at 10
# request: GET /crunch at 12
# request: GET /s at 30
# cpu-speed: 0.5
from tornado import gen, web

class SHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        yield gen.sleep(0.03)
        print("slept", self.request.uri)
        self.write("s")

class CrunchHandler(web.RequestHandler):
    def get(self):
        x = 0
        for i in range(200000):
            x ^= i
        print("crunched", x)
        self.write("c")

routes = [(r"/s", SHandler), (r"/crunch", CrunchHandler)]
