# tornado: 6.5
# request: GET /state at 150
import asyncio
from tornado import gen, web
from tornado.ioloop import IOLoop, PeriodicCallback

state = {"ticks": 0, "warm": False}

def tick():
    state["ticks"] += 1

async def warm_up():
    await gen.sleep(0.05)
    state["warm"] = True
    print("warmed up")

IOLoop.current().spawn_callback(warm_up)
IOLoop.current().call_later(0.02, lambda: print("call_later from module level"))
PeriodicCallback(tick, 40).start()
print("module loaded")

class StateHandler(web.RequestHandler):
    def get(self):
        print("ticks so far", state["ticks"], "warm", state["warm"])
        self.write(state)

routes = [(r"/state", StateHandler)]
