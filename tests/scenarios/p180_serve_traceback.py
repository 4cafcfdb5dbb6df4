# tornado: 6.5
# request: GET /crash at 0
# request: GET /http at 10
from tornado import web

class CrashHandler(web.RequestHandler):
    def get(self):
        {}["key"]

class HttpHandler(web.RequestHandler):
    def get(self):
        raise web.HTTPError(400)

app = web.Application([(r"/crash", CrashHandler), (r"/http", HttpHandler)], serve_traceback=True)
