# tornado: 6.5
# request: GET /wait at 0
# request: GET /wait at 10
# request: GET /release at 60
from tornado import gen, web
from tornado.concurrent import Future

state = {"f": Future(), "n": 0}

class WaitHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        state["n"] += 1
        me = state["n"]
        print("waiter", me, "waiting")
        value = yield state["f"]
        print("waiter", me, "woke with", value)
        self.write("w%d:%s" % (me, value))

class ReleaseHandler(web.RequestHandler):
    def get(self):
        print("releasing")
        state["f"].set_result("go")
        print("released, done =", state["f"].done())
        self.write("released")

routes = [(r"/wait", WaitHandler), (r"/release", ReleaseHandler)]
