# tornado: 6.5
# request: GET /poll at 0
# request: GET /poll at 50
# request: GET /oops at 100
# client-timeout: 200
from tornado import web
from tornado.ioloop import IOLoop

class PollHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        print("poll waiting", self.request.uri)
        IOLoop.current().add_timeout(IOLoop.current().time() + 0.3, self.late)

    def late(self):
        print("late answer; finished:", self._finished)
        self.write("late")
        self.finish()
        print("late finished")

    def on_connection_close(self):
        print("poll closed by client")

    def on_finish(self):
        print("poll on_finish")

class OopsHandler(web.RequestHandler):
    def get(self):
        self.write("oops")

    def on_finish(self):
        print("oops on_finish raising")
        raise ValueError("on_finish failed")

routes = [(r"/poll", PollHandler), (r"/oops", OopsHandler)]
