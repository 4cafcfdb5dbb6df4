# tornado: 6.5
# request: GET /timers at 0
import datetime
from tornado import web
from tornado.ioloop import IOLoop

class TimersHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        loop = IOLoop.current()
        self.t0 = loop.time()
        self.events = []
        loop.add_timeout(datetime.timedelta(milliseconds=20), lambda: self.mark("td20"))
        h2 = loop.add_timeout(self.t0 + 0.03, lambda: self.mark("abs30"))
        loop.remove_timeout(h2)
        loop.remove_timeout(h2)
        if hasattr(loop, "call_at"):
            loop.call_at(self.t0 + 0.04, self.mark, "call_at40")
            loop.call_later(0.01, self.mark, "later10")
        else:
            loop.add_timeout(self.t0 + 0.04, lambda: self.mark("call_at40"))
            loop.add_timeout(self.t0 + 0.01, lambda: self.mark("later10"))
        loop.add_callback(self.mark, "callback")
        loop.add_timeout(self.t0 + 0.06, self.done)

    def mark(self, name):
        self.events.append("%s@%d" % (name, round((IOLoop.current().time() - self.t0) * 100)))

    def done(self):
        print(" ".join(self.events))
        self.finish(",".join(self.events))

routes = [(r"/timers", TimersHandler)]
