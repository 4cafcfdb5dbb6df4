# tornado: 6.5
# request: GET /later at 0
# request: GET /ok at 20
from tornado import web
from tornado.ioloop import IOLoop

class LaterHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        print("scheduling")
        IOLoop.current().add_callback(self.step)

    def step(self):
        print("step runs")
        IOLoop.current().call_later(0.05, self.boom)

    def boom(self):
        print("boom runs")
        raise ValueError("late failure %d" % 7)

    def on_finish(self):
        print("on_finish", self.get_status())

class OkHandler(web.RequestHandler):
    def get(self):
        self.write("ok")

routes = [(r"/later", LaterHandler), (r"/ok", OkHandler)]
