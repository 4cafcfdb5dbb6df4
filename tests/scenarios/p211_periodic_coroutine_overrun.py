# tornado: 6.5
# request: GET /go at 0
# request: GET /halt at 250
from tornado import gen, web
from tornado.ioloop import IOLoop, PeriodicCallback

state = {"runs": 0}

@gen.coroutine
def job():
    state["runs"] += 1
    n = state["runs"]
    print("job start", n)
    yield gen.Task(lambda callback: IOLoop.current().add_timeout(IOLoop.current().time() + 0.07, callback)) if not hasattr(gen, "sleep") else gen.sleep(0.07)
    print("job end", n)

class GoHandler(web.RequestHandler):
    def get(self):
        state["pc"] = PeriodicCallback(job, 50)
        state["pc"].start()
        self.write("going")

class HaltHandler(web.RequestHandler):
    def get(self):
        state["pc"].stop()
        self.write("runs %d" % state["runs"])

routes = [(r"/go", GoHandler), (r"/halt", HaltHandler)]
