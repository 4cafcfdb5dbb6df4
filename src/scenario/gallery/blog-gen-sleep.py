# request: GET /report at 0
# request: GET /ping at 20
from tornado import gen, web

class ReportHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        print("report start")
        yield gen.sleep(0.3)
        print("report end")
        self.write("report ready")

class PingHandler(web.RequestHandler):
    def get(self):
        print("ping")
        self.write("pong")

routes = [(r"/report", ReportHandler), (r"/ping", PingHandler)]
