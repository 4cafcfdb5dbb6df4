# tornado: 6.5
# request: GET /slow at 0
# request: GET /slow at 100
# client-timeout: 250
from tornado import gen, web

class SlowHandler(web.RequestHandler):
    @gen.coroutine
    def prepare(self):
        print("prepare start")
        yield gen.sleep(0.1)
        print("prepare end")

    @gen.coroutine
    def get(self):
        print("get start")
        yield gen.sleep(0.3)
        print("get end")
        self.write("late")

    def on_connection_close(self):
        print("connection closed")

    def on_finish(self):
        print("on_finish")

routes = [(r"/slow", SlowHandler)]
