# tornado: 6.5
# request: GET /cached at 0
# request: GET /fresh at 10
from tornado import gen, web

class BaseHandler(web.RequestHandler):
    @gen.coroutine
    def prepare(self):
        yield gen.sleep(0.02) if hasattr(gen, "sleep") else gen.Task(lambda callback: callback())
        if self.request.path == "/cached":
            print("serving from cache")
            self.finish("cached")

    def on_finish(self):
        print("on_finish", self.request.path)

class CachedHandler(BaseHandler):
    def get(self):
        print("cached get should not run")
        self.write("no")

class FreshHandler(BaseHandler):
    def get(self):
        print("fresh get")
        self.write("fresh")

routes = [(r"/cached", CachedHandler), (r"/fresh", FreshHandler)]
