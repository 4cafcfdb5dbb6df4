# tornado: 6.5
# request: GET /upstream at 0
# remote: broken.example 80 status 500 body oops
from tornado import web
from tornado.httpclient import AsyncHTTPClient, HTTPClientError

class UpstreamHandler(web.RequestHandler):
    async def get(self):
        try:
            await AsyncHTTPClient().fetch("http://broken.example/")
        except HTTPClientError as e:
            print("caught", e, e.code, e.response.body)
            self.set_status(502)
            self.write("upstream failed")

routes = [(r"/upstream", UpstreamHandler)]
