# tornado: 6.5
# request: POST /parse at 0 body not json
import json
import logging
from tornado import web

logger = logging.getLogger("parser")
logging.getLogger("tornado.access").setLevel(logging.WARNING)

class ParseHandler(web.RequestHandler):
    def post(self):
        try:
            data = json.loads(self.request.body)
        except ValueError:
            logger.error("bad body %r", self.request.body, exc_info=True)
            self.set_status(400)
            self.write("bad json")
            return
        self.write(data)

routes = [(r"/parse", ParseHandler)]
