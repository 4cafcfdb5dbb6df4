# tornado: 6.5
# request: GET /f?mode=finish at 0
# request: GET /f?mode=status at 10
from tornado import gen, web

class FHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        mode = self.get_argument("mode")
        yield gen.moment if hasattr(gen, "moment") else gen.Task(lambda callback: callback())
        if mode == "finish":
            raise web.Finish("finished early")
        self.set_status(202)
        raise web.Finish()

    def on_finish(self):
        print("on_finish", self.get_status())

routes = [(r"/f", FHandler)]
