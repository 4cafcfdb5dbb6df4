# tornado: 6.5
# request: GET /long at 0
# client-timeout: 100
from tornado import gen, web

class LongHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        print("long start")
        yield gen.sleep(0.2) if hasattr(gen, "sleep") else gen.Task(lambda callback: __import__("tornado.ioloop").ioloop.IOLoop.current().add_timeout(__import__("time").time() + 0.2, callback))
        print("long resumed")
        self.write("late body")

    def on_connection_close(self):
        print("on_connection_close")

    def on_finish(self):
        print("on_finish", self.get_status())

routes = [(r"/long", LongHandler)]
