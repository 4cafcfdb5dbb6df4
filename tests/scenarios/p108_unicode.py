# tornado: 6.5
# request: GET /u?name=%C3%A9lise&emoji=%F0%9F%98%80 at 0
# request: POST /u at 10 body héllo wörld
import json
from tornado import escape, web

class UHandler(web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        print(name, len(name), self.get_argument("emoji"))
        self.write({"name": name, "snow": "☃"})

    def post(self):
        body = self.request.body
        print(len(body), body.decode("utf-8"), escape.to_unicode(body).upper())
        self.write(json.dumps({"echo": body.decode()}, ensure_ascii=False))

routes = [(r"/u", UHandler)]
