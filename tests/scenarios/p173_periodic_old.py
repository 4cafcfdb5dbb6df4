# tornado: 6.5
# request: GET /start at 0
# request: GET /stop at 120
from tornado import web
from tornado.ioloop import IOLoop, PeriodicCallback

state = {"n": 0, "pc": None}

def beat():
    state["n"] += 1
    print("beat", state["n"])
    if state["n"] == 2:
        raise RuntimeError("beat failed")

class StartHandler(web.RequestHandler):
    def get(self):
        state["pc"] = PeriodicCallback(beat, 30)
        state["pc"].start()
        self.write("started")

class StopHandler(web.RequestHandler):
    def get(self):
        state["pc"].stop()
        self.write("stopped after %d" % state["n"])

routes = [(r"/start", StartHandler), (r"/stop", StopHandler)]
