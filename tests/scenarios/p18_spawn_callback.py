# tornado: 6.5
# request: POST /spawn at 0
# remote: api.example 100
from tornado import web
from tornado.ioloop import IOLoop
from tornado.httpclient import AsyncHTTPClient

async def background(tag):
    print("background start", tag)
    res = await AsyncHTTPClient().fetch("http://api.example/")
    print("background done", tag, res.code)

class SpawnHandler(web.RequestHandler):
    def post(self):
        IOLoop.current().spawn_callback(background, "job-1")
        print("post returns")
        self.write("accepted")

routes = [(r"/spawn", SpawnHandler)]
