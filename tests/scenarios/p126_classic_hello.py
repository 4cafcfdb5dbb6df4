# tornado: 6.5
import tornado.ioloop
import tornado.web
from tornado.options import define, options, parse_command_line

define("port", default=8888, help="run on the given port", type=int)

class MainHandler(tornado.web.RequestHandler):
    def get(self):
        self.write("Hello, world")

def make_app():
    return tornado.web.Application([
        (r"/", MainHandler),
    ], debug=False)

if __name__ == "__main__":
    parse_command_line()
    app = make_app()
    app.listen(options.port)
    print("listening on", options.port)
    tornado.ioloop.IOLoop.current().start()
