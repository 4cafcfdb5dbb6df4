# tornado: 6.5
# request: GET /start at 0
# request: GET /stop at 120
# request: GET /status at 200
from tornado import web
from tornado.ioloop import IOLoop, PeriodicCallback

state = {"ticks": 0, "pc": None}

def tick():
    state["ticks"] += 1
    print("tick", state["ticks"])
    if state["ticks"] == 3:
        raise RuntimeError("tick 3 broke")

class StartHandler(web.RequestHandler):
    def get(self):
        pc = PeriodicCallback(tick, 30)
        state["pc"] = pc
        pc.start()
        print("running", pc.is_running())
        self.write("started")

class StopHandler(web.RequestHandler):
    def get(self):
        state["pc"].stop()
        self.write("stopped after %d" % state["ticks"])

class StatusHandler(web.RequestHandler):
    def get(self):
        self.write({"ticks": state["ticks"], "running": state["pc"].is_running()})

app = web.Application([(r"/start", StartHandler), (r"/stop", StopHandler), (r"/status", StatusHandler)])
