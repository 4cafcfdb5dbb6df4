# tornado: 6.5
# request: GET /we at 0
# request: GET /flushed at 10
# request: GET /redir at 20
# request: GET /arg at 30
# request: GET /status at 40
from tornado import web

class WeHandler(web.RequestHandler):
    def get(self):
        raise ValueError("original")

    def write_error(self, status_code, **kwargs):
        raise KeyError("write_error broke")

class FlushedHandler(web.RequestHandler):
    def get(self):
        self.write("some bytes")
        self.flush()
        raise RuntimeError("after flush")

class RedirHandler(web.RequestHandler):
    def get(self):
        self.write("body first")
        self.redirect("/elsewhere")

class ArgHandler(web.RequestHandler):
    def get(self):
        self.write(self.get_argument("needed"))

class StatusHandler(web.RequestHandler):
    def get(self):
        self.set_status(299)
        self.write("odd status")

routes = [(r"/we", WeHandler), (r"/flushed", FlushedHandler), (r"/redir", RedirHandler), (r"/arg", ArgHandler), (r"/status", StatusHandler)]
