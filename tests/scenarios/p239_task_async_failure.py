# tornado: 6.5
# request: GET /tf at 0
from tornado import gen, web
from tornado.ioloop import IOLoop

def flaky(n, callback):
    def step():
        if n % 2:
            raise OSError("flaky %d" % n)
        callback(n)
    IOLoop.current().add_timeout(IOLoop.current().time() + 0.01 * n, step)

class TfHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        out = []
        for n in range(4):
            try:
                out.append((yield gen.Task(flaky, n)))
            except OSError as e:
                out.append(str(e))
        print(out)
        try:
            r = yield [gen.Task(flaky, 2), gen.Task(flaky, 3)]
            print("list", r)
        except OSError as e:
            print("list failed", e)
        self.write("tf")

routes = [(r"/tf", TfHandler)]
