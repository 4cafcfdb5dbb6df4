# tornado: 6.5
# request: GET /a at 0
# request: GET /b at 10
from tornado import gen, web

class AHandler(web.RequestHandler):
    async def prepare(self):
        await gen.sleep(0.02)
        raise web.HTTPError(403, "prepare says no to %s", self.request.path)

    def get(self):
        print("never")

    def on_finish(self):
        print("on_finish", self.get_status())

class BHandler(web.RequestHandler):
    def prepare(self):
        self.send_error(429, reason="Slow Down")
        print("after send_error in prepare; finished:", self._finished)

    def get(self):
        print("never either")

routes = [(r"/a", AHandler), (r"/b", BHandler)]
