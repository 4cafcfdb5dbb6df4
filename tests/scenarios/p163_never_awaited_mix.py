# tornado: 6.5
# request: GET /na at 0
# request: GET /old at 20
from tornado import gen, web

async def helper(tag):
    print("helper ran", tag)

@gen.coroutine
def gen_helper():
    yield gen.moment
    print("gen_helper resumed")

class NaHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        helper("a")
        gen_helper()
        yield gen.sleep(0.01)
        self.write("na")

class OldHandler(web.RequestHandler):
    async def get(self):
        helper("b")
        await helper("c")
        self.write("old")

routes = [(r"/na", NaHandler), (r"/old", OldHandler)]
