# tornado: 6.5
# request: GET /early at 0
# request: GET /next at 50
from tornado import gen, web

class EarlyHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        self.finish("early answer")
        print("finished; continuing")
        yield gen.sleep(0.02) if hasattr(gen, "sleep") else gen.Task(lambda callback: callback())
        print("writing after finish")
        self.write("more")

    def on_finish(self):
        print("on_finish")

class NextHandler(web.RequestHandler):
    def get(self):
        self.write("next")

routes = [(r"/early", EarlyHandler), (r"/next", NextHandler)]
