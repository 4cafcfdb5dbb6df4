# tornado: 6.5
# request: GET /x at 0
# request: GET /y at 0
from tornado import gen, web
from tornado.ioloop import IOLoop

class XHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        for i in range(3):
            print("x", i)
            yield gen.sleep(0)

class YHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        for i in range(3):
            print("y", i)
            yield gen.Task(IOLoop.current().add_callback) if hasattr(gen, "Task") else gen.moment

routes = [(r"/x", XHandler), (r"/y", YHandler)]
