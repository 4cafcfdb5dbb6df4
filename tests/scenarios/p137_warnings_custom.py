# tornado: 6.5
# request: GET /w at 0
import logging
import warnings
from tornado import web

class Mine(UserWarning):
    pass

class SlowdownWarning(RuntimeWarning):
    pass

log = logging.getLogger("app")

class WHandler(web.RequestHandler):
    async def get(self):
        warnings.warn("custom category without the suffix", Mine)
        warnings.warn("custom category with the suffix", SlowdownWarning)
        try:
            int("x")
        except ValueError:
            log.exception("conversion failed for %r", "x")
        log.warning("multi\nline message")
        self.write("w")

routes = [(r"/w", WHandler)]
