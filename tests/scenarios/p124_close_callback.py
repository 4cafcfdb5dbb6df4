# tornado: 6.5
# request: GET /custom at 0
# request: GET /default at 10
# client-timeout: 150
from tornado import gen, web

class CustomHandler(web.RequestHandler):
    async def get(self):
        self.request.connection.set_close_callback(lambda: print("custom close callback"))
        await gen.sleep(0.3)
        print("custom: stream closed?", self.request.connection.stream.closed())
        self.write("too late")

    def on_connection_close(self):
        print("custom on_connection_close (replaced, never runs)")

class DefaultHandler(web.RequestHandler):
    async def get(self):
        print("default: stream closed?", self.request.connection.stream.closed())
        await gen.sleep(0.3)
        print("default: stream closed?", self.request.connection.stream.closed())
        self.write("too late")

    def on_connection_close(self):
        print("default on_connection_close")

routes = [(r"/custom", CustomHandler), (r"/default", DefaultHandler)]
