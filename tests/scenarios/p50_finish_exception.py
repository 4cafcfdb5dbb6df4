# tornado: 6.5
# request: GET /early at 0
# request: GET /custom at 10
from tornado import web

class EarlyHandler(web.RequestHandler):
    def prepare(self):
        print("prepare stops the request")
        raise web.Finish("stopped in prepare")

    def get(self):
        print("never runs")

class CustomErrorHandler(web.RequestHandler):
    def get(self):
        self.send_error(418, reason="Short and stout")

    def write_error(self, status_code, **kwargs):
        self.write("custom error page %d %s" % (status_code, self._reason))

routes = [(r"/early", EarlyHandler), (r"/custom", CustomErrorHandler)]
