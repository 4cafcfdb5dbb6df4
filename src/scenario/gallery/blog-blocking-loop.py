# request: GET /report at 0
# request: GET /ping at 20
from tornado import web

class ReportHandler(web.RequestHandler):
    def get(self):
        print("report start")
        total = 0
        for i in range(3000000):
            total += i % 7
        print("report end")
        self.write("total %d" % total)

class PingHandler(web.RequestHandler):
    def get(self):
        print("ping")
        self.write("pong")

routes = [(r"/report", ReportHandler), (r"/ping", PingHandler)]
