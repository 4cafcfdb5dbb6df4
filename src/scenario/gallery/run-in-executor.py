# request: GET /thumbnail at 0
# request: GET /ping at 50
import time
from tornado import web
from tornado.ioloop import IOLoop

def make_thumbnail(name):
    time.sleep(0.3)  # blocks a worker thread, not the IOLoop
    return name + "-thumb.png"

class ThumbnailHandler(web.RequestHandler):
    async def get(self):
        print("resizing")
        path = await IOLoop.current().run_in_executor(None, make_thumbnail, "cat")
        print("resized", path)
        self.write(path)

class PingHandler(web.RequestHandler):
    def get(self):
        print("ping")
        self.write("pong")

routes = [(r"/thumbnail", ThumbnailHandler), (r"/ping", PingHandler)]
