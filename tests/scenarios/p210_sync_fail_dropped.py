# tornado: 6.5
# request: GET /drop at 0
from tornado import gen, web

@gen.coroutine
def fails_at_once():
    raise ValueError("before any yield")

@gen.coroutine
def fails_later():
    yield gen.Task(lambda callback: callback()) if hasattr(gen, "Task") else gen.moment
    raise ValueError("after a yield")

class DropHandler(web.RequestHandler):
    def get(self):
        fails_at_once()
        print("after fails_at_once")
        fails_later()
        print("after fails_later")
        self.write("dropped")

routes = [(r"/drop", DropHandler)]
