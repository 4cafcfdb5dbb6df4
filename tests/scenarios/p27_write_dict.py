# tornado: 6.5
# request: GET /json at 0
from tornado import web

class JsonHandler(web.RequestHandler):
    def get(self):
        self.write({"name": "tornado", "versions": [4, 5, 6], "ok": True, "none": None})

routes = [(r"/json", JsonHandler)]
