# tornado: 6.5
# request: GET /log at 0
import logging
from tornado import web

log = logging.getLogger("myapp")
logging.info("module loaded")

class LogHandler(web.RequestHandler):
    def get(self):
        log.debug("hidden: below the root level")
        log.info("handling %s %s", self.request.method, self.request.uri)
        log.warning("careful: %d left", 3)
        try:
            {}["missing"]
        except KeyError:
            log.exception("lookup failed")
        logging.error("root error")
        self.write("logged")

routes = [(r"/log", LogHandler)]
