# tornado: 6.5
# request: GET /nothing-here at 0
# request: GET /x at 10
import tornado.web

class NotFoundHandler(tornado.web.RequestHandler):
    def prepare(self):
        print("custom 404 for", self.request.path)
        self.set_status(404)
        self.finish("nothing at " + self.request.path)

class XHandler(tornado.web.RequestHandler):
    def get(self):
        self.write("x")

def log_function(handler):
    print("log_function", handler.get_status(), handler.request.method, handler.request.uri)

app = tornado.web.Application([(r"/x", XHandler)], default_handler_class=NotFoundHandler, log_function=log_function)
