# tornado: 6.5
# request: GET /cc at 0
# client-timeout: 80
from tornado import web
from tornado.ioloop import IOLoop

class CcHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        self.request.connection.set_close_callback(self.closed)
        IOLoop.current().add_timeout(IOLoop.current().time() + 0.2, self.late)

    def closed(self):
        print("connection close callback")

    def late(self):
        print("late; connection gone")
        self.finish("late")

routes = [(r"/cc", CcHandler)]
