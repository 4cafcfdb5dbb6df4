# tornado: 6.5
# request: GET /periodic at 0
from tornado import web
from tornado.ioloop import PeriodicCallback

class PeriodicHandler(web.RequestHandler):
    def get(self):
        ticks = []
        def tick():
            ticks.append(len(ticks))
            print("tick", len(ticks))
            if len(ticks) == 3:
                pc.stop()
                print("stopped:", not pc.is_running())
        pc = PeriodicCallback(tick, 50)
        pc.start()
        self.write("started")

routes = [(r"/periodic", PeriodicHandler)]
