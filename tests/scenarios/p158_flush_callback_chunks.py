# tornado: 6.5
# request: GET /chunks at 0
from tornado import web
from tornado.ioloop import IOLoop

class ChunksHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        self.n = 0
        self.set_header("Content-Type", "text/plain")
        self.send_chunk()

    def send_chunk(self):
        self.n += 1
        self.write("chunk%d;" % self.n)
        r = self.flush()
        print("flush returned", type(r).__name__)
        if self.n < 3:
            IOLoop.current().call_later(0.02, self.send_chunk)
        else:
            self.finish()
            print("finished")

    def on_finish(self):
        print("on_finish after", self.n)

routes = [(r"/chunks", ChunksHandler)]
