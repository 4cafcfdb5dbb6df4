# tornado: 6.5
# request: GET /h at 0
# remote: api.example 30 status 201 body created
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class HHandler(web.RequestHandler):
    async def get(self):
        r = await AsyncHTTPClient().fetch("http://api.example/")
        print("code", r.code, "reason", r.reason)
        print("content-type", r.headers.get("Content-Type"), "length", r.headers["Content-Length"])
        print("server set:", "Server" in r.headers, "date set:", "Date" in r.headers)
        self.set_status(r.code)
        self.write(r.body)

routes = [(r"/h", HHandler)]
