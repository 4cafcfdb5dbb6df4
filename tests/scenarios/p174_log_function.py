# tornado: 6.5
# request: GET /a at 0
# request: GET /missing at 10
# request: GET /err at 20
import logging
from tornado import web

logging.basicConfig(level=logging.INFO)

def my_log(handler):
    print("custom log", handler.get_status(), handler.request.method, handler.request.path)

class AHandler(web.RequestHandler):
    def get(self):
        logging.info("handling %s", self.request.path)
        self.write("a")

class ErrHandler(web.RequestHandler):
    def get(self):
        logging.getLogger("app").warning("about to fail")
        1 / 0

app = web.Application([(r"/a", AHandler), (r"/err", ErrHandler)], log_function=my_log)
