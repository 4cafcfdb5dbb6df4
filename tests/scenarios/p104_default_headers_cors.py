# tornado: 6.5
# request: OPTIONS /api at 0
# request: GET /api at 10
# request: GET /missing at 20
from tornado import web

class BaseHandler(web.RequestHandler):
    def set_default_headers(self):
        print("set_default_headers for", self.request.method, self.request.path)
        self.set_header("Access-Control-Allow-Origin", "*")
        self.set_header("Access-Control-Allow-Headers", "x-requested-with")

class ApiHandler(BaseHandler):
    def options(self):
        self.set_status(204)
        self.finish()

    def get(self):
        print("headers now", self._headers["Access-Control-Allow-Origin"])
        raise web.HTTPError(409)

routes = [(r"/api", ApiHandler)]
