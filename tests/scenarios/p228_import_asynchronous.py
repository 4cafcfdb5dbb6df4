# tornado: 6.5
# request: GET / at 0
from tornado.web import RequestHandler, asynchronous
from tornado.ioloop import IOLoop

class MainHandler(RequestHandler):
    @asynchronous
    def get(self):
        IOLoop.current().add_callback(self.finish, "ok")
