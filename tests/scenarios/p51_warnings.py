# tornado: 6.5
# request: GET /warn at 0
import warnings
from tornado import web

class WarnHandler(web.RequestHandler):
    def get(self):
        warnings.warn("this API is going away", DeprecationWarning)
        warnings.warn("plain user warning")
        self.write("warned")

routes = [(r"/warn", WarnHandler)]
