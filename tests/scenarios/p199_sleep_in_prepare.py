# tornado: 6.5
# request: GET /fetching at 0
# request: GET /sleepy at 20
# remote: api.example 50
import time
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class FetchingHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        r = yield AsyncHTTPClient().fetch("http://api.example/")
        print("fetched", r.code)
        self.write("fetched")

class SleepyHandler(web.RequestHandler):
    def prepare(self):
        print("prepare sleeps")
        time.sleep(0.1)

    def get(self):
        print("sleepy get")
        self.write("sleepy")

routes = [(r"/fetching", FetchingHandler), (r"/sleepy", SleepyHandler)]
