# tornado: 6.5
# request: HEAD /only_get at 0
# request: POST /only_get at 10
# request: DELETE /only_get at 20
# request: OPTIONS /only_get at 30
# request: PUT /custom at 40
# request: GET /custom at 50
from tornado import web

class OnlyGetHandler(web.RequestHandler):
    def get(self):
        self.write("get")

    def write_error(self, status_code, **kwargs):
        print("write_error", status_code, self._reason, "exc" if "exc_info" in kwargs else "no exc")
        self.set_header("Allow", "GET")
        super(OnlyGetHandler, self).write_error(status_code, **kwargs)

class CustomHandler(web.RequestHandler):
    SUPPORTED_METHODS = ("GET",)

    def put(self):
        self.write("never")

    def get(self):
        self.write("custom get")

app = web.Application([(r"/only_get", OnlyGetHandler), (r"/custom", CustomHandler)])
