# tornado: 6.5
# request: GET /h at 0
# request: GET /bad at 10
from tornado import web

class HHandler(web.RequestHandler):
    def get(self):
        self.set_header("X-One", "1")
        self.set_header("X-Num", 42)
        self.add_header("X-Multi", "a")
        self.add_header("X-Multi", "b")
        self.set_header("X-Gone", "soon")
        self.clear_header("X-Gone")
        self.set_header("Content-Type", "text/plain")
        print("content type", self._headers["Content-Type"])
        print("multi", self._headers.get_list("X-Multi"))
        print("gone", "X-Gone" in self._headers, "num", self._headers["X-Num"])
        self.write("headers set")

class BadHandler(web.RequestHandler):
    def get(self):
        try:
            self.set_header("X-List", [1, 2])
        except TypeError as e:
            print("TypeError:", e)
        self.set_header("X-Evil", "a\r\nInjected: yes")
        self.write("unreachable")

routes = [(r"/h", HHandler), (r"/bad", BadHandler)]
