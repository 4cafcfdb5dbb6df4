# tornado: 6.5
# request: GET /manual at 0
from tornado import gen, web
from tornado.concurrent import Future, chain_future, future_set_result_unless_cancelled
from tornado.ioloop import IOLoop

class ManualHandler(web.RequestHandler):
    async def get(self):
        f = Future()
        IOLoop.current().call_later(0.03, lambda: f.set_result("value"))
        print("pending", f.done())
        print("got", await f)
        g = Future()
        h = Future()
        chain_future(g, h)
        g.set_exception(KeyError("k"))
        try:
            await h
        except KeyError as e:
            print("chained", repr(e))
        c = Future()
        c.cancel()
        future_set_result_unless_cancelled(c, 1)
        print("cancelled", c.cancelled())
        conv = gen.convert_yielded(gen.sleep(0.01))
        await conv
        print("converted done", conv.done(), conv.result())
        self.write("manual")

routes = [(r"/manual", ManualHandler)]
