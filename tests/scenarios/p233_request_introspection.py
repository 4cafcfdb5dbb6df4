# tornado: 6.5
# request: POST /in?a=1&a=2&b=x at 0 body k=v&k=w
# request: GET /in at 10
from tornado import web

class InHandler(web.RequestHandler):
    def get(self):
        print("args", sorted(self.request.arguments.items()))
        print("host", self.request.host, "remote", self.request.remote_ip, "protocol", self.request.protocol)
        print("headers", sorted(self.request.headers.keys()))
        self.write("in")

    def post(self):
        print("args", sorted(self.request.arguments.items()))
        print("query", sorted(getattr(self.request, "query_arguments", {}).items()))
        print("body args", sorted(getattr(self.request, "body_arguments", {}).items()))
        print("body", self.request.body, "type", self.request.headers.get("Content-Type"))
        print("get_arguments", self.get_arguments("k"), self.get_arguments("a"))
        self.write("in post")

routes = [(r"/in", InHandler)]
