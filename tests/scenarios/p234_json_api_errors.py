# tornado: 6.5
# request: POST /json at 0 body {"name": "x", "n": 2}
# request: POST /json at 10 body not json
# request: POST /json at 20 body [1, 2]
from tornado import escape, web

class JsonHandler(web.RequestHandler):
    def post(self):
        data = escape.json_decode(self.request.body)
        if isinstance(data, list):
            self.write(data)
            return
        self.set_header("X-Seen", data["name"])
        self.write({"double": data["n"] * 2})

routes = [(r"/json", JsonHandler)]
