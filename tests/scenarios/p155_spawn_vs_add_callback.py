# tornado: 6.5
# request: GET /spawn at 0
# request: GET /add at 100
from tornado import gen, web
from tornado.ioloop import IOLoop

@gen.coroutine
def background(tag):
    yield gen.sleep(0.02)
    print("background", tag, "failing")
    raise ValueError("background " + tag)

class SpawnHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        IOLoop.current().spawn_callback(background, "spawned")
        IOLoop.current().call_later(0.05, self.done)

    def done(self):
        print("spawn handler finishing")
        self.finish("spawn ok")

class AddHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        IOLoop.current().add_callback(background, "added")
        IOLoop.current().call_later(0.05, self.done)

    def done(self):
        print("add handler finishing, finished already:", self._finished)
        if not self._finished:
            self.finish("add ok")

routes = [(r"/spawn", SpawnHandler), (r"/add", AddHandler)]
