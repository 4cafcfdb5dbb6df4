# tornado: 6.5
# request: GET /bare at 0
# request: GET /dict at 10
# request: GET /coro at 20
# request: GET /status at 30
from tornado import gen, web

class BareHandler(web.RequestHandler):
    def get(self):
        self.write("written before Finish")
        raise web.Finish()

class DictHandler(web.RequestHandler):
    def get(self):
        self.finish({"done": True})
        print("after finish(dict)")

class CoroHandler(web.RequestHandler):
    async def get(self):
        await gen.sleep(0.01)
        self.set_status(202)
        raise web.Finish("accepted")

    def on_finish(self):
        print("on_finish status", self.get_status())

class StatusHandler(web.RequestHandler):
    def get(self):
        self.set_status(204)
        self.finish()

routes = [(r"/bare", BareHandler), (r"/dict", DictHandler), (r"/coro", CoroHandler), (r"/status", StatusHandler)]
