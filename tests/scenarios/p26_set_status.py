# tornado: 6.5
# request: GET /created at 0
# request: GET /odd at 10
# request: GET /teapot at 20
from tornado import web

class CreatedHandler(web.RequestHandler):
    def post(self):
        pass

    def get(self):
        self.set_status(201)
        self.write("made")

class OddHandler(web.RequestHandler):
    def get(self):
        self.set_status(599)
        print("status set to", self.get_status())
        self.write("odd")

class TeapotHandler(web.RequestHandler):
    def get(self):
        self.set_status(418, "I'm a teapot")
        self.write("short and stout")

routes = [(r"/created", CreatedHandler), (r"/odd", OddHandler), (r"/teapot", TeapotHandler)]
