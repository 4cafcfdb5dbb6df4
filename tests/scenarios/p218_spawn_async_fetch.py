# tornado: 6.5
# request: POST /hook at 0 body event1
# request: POST /hook at 20 body event2
# remote: sink.example 60
# remote: broken.example 30 status 502
from tornado import web
from tornado.httpclient import AsyncHTTPClient
from tornado.ioloop import IOLoop

async def forward(body):
    r = await AsyncHTTPClient().fetch("http://sink.example/", method="POST", body=body)
    print("forwarded", body, r.code)
    await AsyncHTTPClient().fetch("http://broken.example/")

class HookHandler(web.RequestHandler):
    def post(self):
        body = self.request.body.decode()
        IOLoop.current().spawn_callback(forward, body)
        self.set_status(202)
        self.write("queued " + body)

routes = [(r"/hook", HookHandler)]
