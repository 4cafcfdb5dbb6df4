# tornado: 6.5
# request: GET /auth at 0
# request: GET /auth?token=ok at 10
# request: GET /finishes at 20
# request: GET /async-prepare at 30
# request: GET /crash at 40
from tornado import gen, web

class AuthHandler(web.RequestHandler):
    def prepare(self):
        if self.get_argument("token", None) != "ok":
            raise web.HTTPError(401, "no token")
        print("prepare passed")

    def get(self):
        self.write("secret")

class FinishesHandler(web.RequestHandler):
    def prepare(self):
        print("prepare finishes the request")
        self.finish("from prepare")

    def get(self):
        print("get never runs")

class AsyncPrepareHandler(web.RequestHandler):
    async def prepare(self):
        print("async prepare start")
        await gen.sleep(0.05)
        self.user = "ada"
        print("async prepare done")

    def get(self):
        self.write("hello " + self.user)

class CrashHandler(web.RequestHandler):
    def prepare(self):
        self.missing_method()

    def get(self):
        self.write("never")

    def on_finish(self):
        print("on_finish after crash", self.get_status())

routes = [(r"/auth", AuthHandler), (r"/finishes", FinishesHandler),
          (r"/async-prepare", AsyncPrepareHandler), (r"/crash", CrashHandler)]
