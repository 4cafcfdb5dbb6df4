# tornado: 6.5
# request: GET /slow at 0
# remote: slow.example 300
# client-timeout: 100
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class SlowHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        AsyncHTTPClient().fetch("http://slow.example/", callback=self.on_response)

    def on_response(self, response):
        print("response", response.code, "closed?", self.request.connection.stream.closed() if hasattr(self.request.connection, "stream") else "n/a")
        self.write("too late")
        self.finish()
        print("finished after close")

    def on_connection_close(self):
        print("client went away")

    def on_finish(self):
        print("on_finish")

routes = [(r"/slow", SlowHandler)]
