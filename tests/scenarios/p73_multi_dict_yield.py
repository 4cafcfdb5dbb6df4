# tornado: 6.5
# request: GET /multi at 0
# request: GET /ydict at 200
from tornado import gen, web

async def job(name, delay):
    await gen.sleep(delay)
    print("job", name, "done")
    return name.upper()

class MultiHandler(web.RequestHandler):
    async def get(self):
        res = await gen.multi({"x": job("x", 0.05), "y": job("y", 0.02)})
        print("multi dict", sorted(res.items()))
        empty = await gen.multi([])
        print("empty", empty)
        lst = await gen.multi([job("a", 0.01), job("b", 0.03)])
        print("multi list", lst)
        self.write("multi")

class YieldDictHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        res = yield {"one": job("one", 0.04), "two": job("two", 0.01)}
        print("yielded dict", res)
        self.write(res)

routes = [(r"/multi", MultiHandler), (r"/ydict", YieldDictHandler)]
