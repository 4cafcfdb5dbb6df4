# tornado: 6.5
# request: GET /bad-json at 0
# request: POST /parse at 10 body {"a": 1, "b": [1, 2
# request: GET /nested at 20
import datetime
import json
from tornado import escape, web

class BadJsonHandler(web.RequestHandler):
    def get(self):
        self.write({"when": datetime.date(2024, 1, 2)})

class ParseHandler(web.RequestHandler):
    def post(self):
        try:
            data = escape.json_decode(self.request.body)
        except json.JSONDecodeError as e:
            print("JSONDecodeError:", e.msg, e.pos)
            raise web.HTTPError(400, "invalid json: %s", e)
        self.write(data)

class NestedHandler(web.RequestHandler):
    def get(self):
        payload = {"list": [{"x": 1.5}, None, True], "s": "a\"b", "u": "é"}
        print(escape.json_encode(payload))
        print(json.dumps(payload, indent=2).splitlines()[1])
        self.write(payload)

routes = [(r"/bad-json", BadJsonHandler), (r"/parse", ParseHandler), (r"/nested", NestedHandler)]
