# tornado: 6.5
# request: GET /log at 0
import logging
import sys
from tornado import web

logger = logging.getLogger(__name__)
child = logging.getLogger("app.handlers")

class LogHandler(web.RequestHandler):
    def get(self):
        logging.info("root info %s", self.request.path)
        logging.warning("root warning")
        logger.info("module logger named %s", logger.name)
        child.debug("debug is hidden")
        child.info("child info")
        print("to stderr", file=sys.stderr)
        print("to stdout", file=sys.stdout)
        sys.stdout.write("partial ")
        sys.stdout.write("line\n")
        print("a", "b", sep="-", end="!\n")
        self.write("logged")

routes = [(r"/log", LogHandler)]
