# tornado: 6.5
# request: GET /proxy at 0
# request: GET /plain at 20
# remote: api.example 50 body {"n": 3}
import json
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class ProxyHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        AsyncHTTPClient().fetch("http://api.example/data", callback=self.on_data)

    def on_data(self, response):
        data = json.loads(response.body)
        print("data", data)
        self.write({"double": data["n"] * 2, "missing": data["nope"]})
        self.finish()

class PlainHandler(web.RequestHandler):
    def get(self):
        AsyncHTTPClient().fetch("http://api.example/data", callback=self.on_data)
        self.write("plain returned")

    def on_data(self, response):
        print("plain callback", response.code)
        self.application.settings.get("debug")

routes = [(r"/proxy", ProxyHandler), (r"/plain", PlainHandler)]
