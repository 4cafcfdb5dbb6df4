# tornado: 6.5
# request: GET /nowhere at 0
# request: GET /gone at 10
# request: POST /gone at 20
from tornado import web

class MyNotFound(web.RequestHandler):
    def prepare(self):
        print("custom 404 for", self.request.path)
        raise web.HTTPError(404)

    def write_error(self, status_code, **kwargs):
        self.write("nothing at %s (%d)" % (self.request.path, status_code))

class GoneHandler(web.RequestHandler):
    def get(self):
        self.send_error(410)

app = web.Application([(r"/gone", GoneHandler)], default_handler_class=MyNotFound)
