# tornado: 6.5
# request: GET /cpu at 0
# request: GET /sleepy at 10
# request: GET /cpu at 20
# cpu-speed: 2
from tornado import gen, web

class CpuHandler(web.RequestHandler):
    def get(self):
        total = 0
        for i in range(400000):
            total += i % 7
        print("cpu done", total)
        self.write(str(total))

class SleepyHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        print("sleepy start")
        yield gen.sleep(0.05)
        print("sleepy end")
        self.write("slept")

routes = [(r"/cpu", CpuHandler), (r"/sleepy", SleepyHandler)]
