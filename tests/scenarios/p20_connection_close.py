# tornado: 6.5
# request: GET /hang at 0
# client-timeout: 500
from tornado import web
from tornado.concurrent import Future

class HangHandler(web.RequestHandler):
    def prepare(self):
        print("prepare")

    async def get(self):
        print("get: waiting on a future nobody resolves")
        await Future()

    def on_finish(self):
        print("on_finish")

    def on_connection_close(self):
        print("on_connection_close")

routes = [(r"/hang", HangHandler)]
