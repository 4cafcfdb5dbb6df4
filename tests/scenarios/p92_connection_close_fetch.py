# tornado: 6.5
# request: GET /wait at 0
# client-timeout: 200
# remote: slow.example 400
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class WaitHandler(web.RequestHandler):
    async def get(self):
        print("fetching")
        r = await AsyncHTTPClient().fetch("http://slow.example/")
        print("fetched", r.code)
        self.write("late answer")

    def on_connection_close(self):
        print("client went away")

    def on_finish(self):
        print("on_finish")

routes = [(r"/wait", WaitHandler)]
