# tornado: 6.5
# request: GET /good at 0
# request: GET /bad at 10
# request: GET /boom at 20
# client-timeout: 300
from tornado import gen, web

class GoodHandler(web.RequestHandler):
    @web.asynchronous
    @gen.coroutine
    def get(self):
        yield gen.Task(self.wait) if hasattr(gen, "Task") else gen.sleep(0.02)
        self.write("good")

    def wait(self, callback):
        from tornado.ioloop import IOLoop
        IOLoop.current().add_timeout(IOLoop.current().time() + 0.02, callback)

class BadHandler(web.RequestHandler):
    @gen.coroutine
    @web.asynchronous
    def get(self):
        print("bad get runs")
        self.write("bad")

    def on_connection_close(self):
        print("bad: connection closed")

class BoomHandler(web.RequestHandler):
    @web.asynchronous
    @gen.coroutine
    def get(self):
        yield gen.Task(self.wait) if hasattr(gen, "Task") else gen.sleep(0.02)
        raise IndexError("boom in both")

    def wait(self, callback):
        from tornado.ioloop import IOLoop
        IOLoop.current().add_timeout(IOLoop.current().time() + 0.02, callback)

routes = [(r"/good", GoodHandler), (r"/bad", BadHandler), (r"/boom", BoomHandler)]
