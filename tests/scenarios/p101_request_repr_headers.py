# tornado: 6.5
# request: GET /r?x=1 at 0
from tornado import web
from tornado.httputil import url_concat, HTTPHeaders

class RHandler(web.RequestHandler):
    def get(self):
        print(self.request)
        print("host", self.request.host, "full", self.request.full_url(), "host_name", self.request.host_name)
        h = self.request.headers
        print("case-insensitive", h["host"] == h["HOST"], h.get("accept-encoding"))
        print("keys", sorted(h.keys()))
        print(url_concat("http://example.com/api", {"a": 1, "b": "x y"}))
        hh = HTTPHeaders({"content-type": "text/html"})
        hh.add("Set-Cookie", "a=1")
        hh.add("set-cookie", "b=2")
        print(hh["Content-Type"], hh.get_list("Set-Cookie"), list(hh.get_all()))
        self.write("r")

routes = [(r"/r", RHandler)]
