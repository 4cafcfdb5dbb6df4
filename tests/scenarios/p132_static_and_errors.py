# tornado: 6.5
# request: GET /gone at 10
# request: GET /page at 20
import tornado.web

class PageHandler(tornado.web.RequestHandler):
    def get(self):
        self.write(self.static_url("app.css"))

app = tornado.web.Application([
    (r"/static/(.*)", tornado.web.StaticFileHandler, {"path": "static_files_that_do_not_exist"}),
    (r"/gone", tornado.web.ErrorHandler, {"status_code": 410}),
    (r"/page", PageHandler),
])
