# tornado: 6.5
# request: GET /info/path?x=1&y=two at 0
# request: POST /info/form at 10 body {"k": [1, 2]}
# request: PUT /info/put at 20 body payload
import json
from tornado import web

class InfoHandler(web.RequestHandler):
    def handle(self):
        r = self.request
        print("method", r.method, "uri", r.uri, "path", r.path, "query", repr(r.query))
        print("version", r.version, "remote_ip", r.remote_ip, "protocol", r.protocol)
        print("host header", r.headers.get("Host") is not None, "ua", r.headers.get("User-Agent"))
        print("body", r.body, type(r.body).__name__)
        print("arguments", r.arguments, r.query_arguments)
        print("has content-length", "Content-Length" in r.headers, r.headers.get("content-length"))

    def get(self, name):
        self.handle()
        self.write("get " + name)

    def post(self, name):
        self.handle()
        data = json.loads(self.request.body)
        print("json", data)
        self.write({"got": data, "name": name})

    def put(self, name):
        self.handle()
        self.write("put " + self.request.body.decode())

routes = [(r"/info/(\w+)", InfoHandler)]
