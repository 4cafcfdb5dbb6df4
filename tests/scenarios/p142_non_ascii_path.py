# tornado: 6.5
# request: GET /u?name=é at 0
# request: GET /u?name=ok at 10
from tornado import web

class UHandler(web.RequestHandler):
    def get(self):
        self.write("name " + self.get_argument("name"))

routes = [(r"/u", UHandler)]
