# tornado: 6.5
# request: GET /plain at 0
# request: GET /reason at 10
# request: GET /msg at 20
# request: GET /custom-code at 30
# request: GET /async at 40
# request: GET /percent at 50
from tornado import gen, web

class PlainHandler(web.RequestHandler):
    def get(self):
        raise web.HTTPError(404)

class ReasonHandler(web.RequestHandler):
    def get(self):
        raise web.HTTPError(400, reason="Bad Thing")

class MsgHandler(web.RequestHandler):
    def get(self):
        e = web.HTTPError(401, "user %s not allowed (%d tries)", "bob", 3)
        print("str:", str(e), "| log_message:", e.log_message, "| args:", e.args)
        raise e

class CustomCodeHandler(web.RequestHandler):
    def get(self):
        raise web.HTTPError(499, reason="Client Closed")

class AsyncHandler(web.RequestHandler):
    async def get(self):
        await gen.sleep(0.01)
        raise web.HTTPError(503, "backend down")

class PercentHandler(web.RequestHandler):
    def get(self):
        raise web.HTTPError(500, "100% broken")

routes = [(r"/plain", PlainHandler), (r"/reason", ReasonHandler), (r"/msg", MsgHandler),
          (r"/custom-code", CustomCodeHandler), (r"/async", AsyncHandler), (r"/percent", PercentHandler)]
