# tornado: 6.5
# client-timeout: 100
# request: GET /hang at 0
# request: GET /slowwrite at 10
# request: GET /ok at 300
from tornado import gen, web

class HangHandler(web.RequestHandler):
    async def get(self):
        print("hanging")
        await gen.sleep(0.3)
        print("woke after client left, closed?", self.request.connection.stream.closed() if hasattr(self.request.connection, "stream") else "n/a")
        self.write("late")

    def on_connection_close(self):
        print("client went away")

    def on_finish(self):
        print("on_finish hang")

class SlowwriteHandler(web.RequestHandler):
    async def get(self):
        for i in range(4):
            self.write("x" * 10)
            try:
                await self.flush()
            except Exception as e:
                print("flush failed", type(e).__name__)
                return
            await gen.sleep(0.05)
        self.finish()

    def on_connection_close(self):
        print("slowwrite closed")

class OkHandler(web.RequestHandler):
    def get(self):
        self.write("ok")

app = web.Application([(r"/hang", HangHandler), (r"/slowwrite", SlowwriteHandler), (r"/ok", OkHandler)])
