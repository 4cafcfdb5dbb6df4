# tornado: 6.5
# request: GET /fl at 0
from tornado import gen, web

class FlHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        self.write("part1 ")
        r = self.flush()
        print("flush ->", type(r).__name__)
        if r is not None:
            yield r
            print("flush resolved")
        yield gen.sleep(0.02) if hasattr(gen, "sleep") else gen.Task(lambda callback: callback())
        self.write("part2")
        f = self.finish()
        print("finish ->", type(f).__name__)

routes = [(r"/fl", FlHandler)]
