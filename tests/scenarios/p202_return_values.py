# tornado: 6.5
# request: GET /flushret at 0
# request: GET /finishret at 10
# request: GET /none at 20
from tornado import web

class FlushRetHandler(web.RequestHandler):
    def get(self):
        self.write("flushed ")
        return self.flush()

class FinishRetHandler(web.RequestHandler):
    def get(self):
        return self.finish("finished")

class NoneHandler(web.RequestHandler):
    def get(self):
        self.write("none")
        return None

    def on_finish(self):
        print("none on_finish")

routes = [(r"/flushret", FlushRetHandler), (r"/finishret", FinishRetHandler), (r"/none", NoneHandler)]
