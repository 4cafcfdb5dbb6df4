# tornado: 6.5
# request: GET /lc at 0
import logging
from tornado import web

logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(message)s")
log = logging.getLogger("svc")
log.debug("debug after basicConfig")
log.setLevel(logging.DEBUG)

class LcHandler(web.RequestHandler):
    def get(self):
        log.debug("debug with the logger's own level")
        logging.getLogger().debug("root debug")
        logging.getLogger("tornado.access").disabled = True
        self.write("lc")

routes = [(r"/lc", LcHandler)]
