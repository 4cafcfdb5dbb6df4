# tornado: 6.5
# request: GET / at 0
from tornado import web
from tornado.gen import coroutine, Return
from tornado.gen import sleep

class MainHandler(web.RequestHandler):
    @coroutine
    def get(self):
        yield sleep(0.01)
        self.write("imported")
