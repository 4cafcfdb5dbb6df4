# tornado: 6.5
# request: GET /forbidden at 0
from tornado import web

class ForbiddenHandler(web.RequestHandler):
    def get(self):
        raise web.HTTPError(403, "log %s", "arg")

    def on_finish(self):
        print("on_finish", self.get_status())

routes = [(r"/forbidden", ForbiddenHandler)]
