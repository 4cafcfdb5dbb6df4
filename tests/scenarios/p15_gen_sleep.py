# tornado: 6.5
# request: GET /nap at 0
# request: GET /fast at 100
from tornado import gen, web

class NapHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        print("nap: gen.sleep 1s")
        yield gen.sleep(1)
        print("nap: woke up")
        self.write("napped")

class FastHandler(web.RequestHandler):
    def get(self):
        print("fast")
        self.write("fast")

routes = [(r"/nap", NapHandler), (r"/fast", FastHandler)]
