# tornado: 6.5
# request: GET /p at 0
# request: GET /p?deny=1 at 10
# request: POST /p at 20 body x
from tornado import gen, web

class PHandler(web.RequestHandler):
    async def prepare(self):
        print("prepare start", self.request.method)
        await gen.sleep(0.02)
        if self.get_argument("deny", None):
            self.set_status(403)
            self.finish("denied")
            return
        self.user = "u1"
        print("prepare done")

    async def get(self):
        print("get as", self.user)
        await gen.sleep(0.01)
        self.write("hello " + self.user)

    def post(self):
        print("post body", self.request.body)
        return "ignored value"

    def on_finish(self):
        print("on_finish", self.request.method, self.get_status())

app = web.Application([(r"/p", PHandler)])
