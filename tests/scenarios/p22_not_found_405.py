# tornado: 6.5
# request: GET /missing at 0
# request: POST /only-get at 10
# request: GET /only-get at 20
from tornado import web

class OnlyGetHandler(web.RequestHandler):
    def get(self):
        self.write("got")

routes = [(r"/only-get", OnlyGetHandler)]
