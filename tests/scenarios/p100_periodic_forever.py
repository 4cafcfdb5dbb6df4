# tornado: 6.5
# request: GET /start at 0
from tornado import web
from tornado.ioloop import IOLoop, PeriodicCallback

count = [0]

def heartbeat():
    count[0] += 1
    print("heartbeat", count[0])

class StartHandler(web.RequestHandler):
    def get(self):
        PeriodicCallback(heartbeat, 100).start()
        self.write("started")

routes = [(r"/start", StartHandler)]
