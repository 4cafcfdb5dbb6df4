# tornado: 6.5
# request: GET /wi at 0
from tornado import gen, web

@gen.coroutine
def after(n, v):
    yield gen.sleep(n)
    if v == "bad":
        raise ValueError("bad one")
    raise gen.Return(v)

class WiHandler(web.RequestHandler):
    async def get(self):
        it = gen.WaitIterator(slow=after(0.05, "s"), fast=after(0.01, "f"), mid=after(0.03, "m"))
        while not it.done():
            r = await it.next()
            print("kw", it.current_index, r)
        it2 = gen.WaitIterator(after(0.02, "x"), after(0.01, "bad"))
        try:
            async for r in it2:
                print("async for", it2.current_index, r)
        except ValueError as e:
            print("async for stopped", e, it2.current_index)
        f = gen.convert_yielded(after(0.01, "conv"))
        print("convert_yielded", type(f).__name__, await f)
        self.write("wi")

routes = [(r"/wi", WiHandler)]
