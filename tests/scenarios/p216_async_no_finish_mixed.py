# tornado: 6.5
# request: GET /hang at 0
# request: GET /ok at 50
# request: GET /hang at 100
# client-timeout: 250
from tornado import web

class HangHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        print("hang get", self.request.uri)
        self.write("partial")

    def on_connection_close(self):
        print("hang closed")

    def on_finish(self):
        print("hang on_finish")

class OkHandler(web.RequestHandler):
    def get(self):
        self.write("ok")

routes = [(r"/hang", HangHandler), (r"/ok", OkHandler)]
