# tornado: 6.5
# request: GET /opts at 0
import tornado.ioloop
import tornado.web
from tornado.options import define, options, parse_command_line
from tornado.log import app_log, gen_log

define("port", default=8888, help="run on the given port", type=int)
define("greeting", default="hi")

class OptsHandler(tornado.web.RequestHandler):
    def get(self):
        app_log.info("port option is %d", options.port)
        gen_log.warning("greeting is %s", options.greeting)
        self.write("%s on %d" % (options.greeting, options.port))

if __name__ == "__main__":
    parse_command_line([])
    app = tornado.web.Application([(r"/opts", OptsHandler)])
    app.listen(options.port)
    tornado.ioloop.IOLoop.current().start()
