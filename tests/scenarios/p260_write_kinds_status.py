# tornado: 6.5
# request: GET /w/dict at 0
# request: GET /w/list at 10
# request: GET /w/bytes at 20
# request: GET /w/none at 30
# request: GET /w/int at 40
# request: GET /w/finishdict at 50
# request: GET /w/after at 60
# request: GET /w/status at 70
import tornado.web

class WHandler(tornado.web.RequestHandler):
    def get(self, kind):
        if kind == "dict":
            self.write({"a": 1})
            self.write({"b": 2})
        elif kind == "list":
            self.write([1, 2])
        elif kind == "bytes":
            self.write(b"raw \xe2\x9c\x93")
        elif kind == "none":
            self.write(None)
        elif kind == "int":
            self.write(5)
        elif kind == "finishdict":
            self.finish({"done": True})
            print("after finish", self._finished)
        elif kind == "after":
            self.finish("x")
            self.write("y")
        elif kind == "status":
            self.set_status(1000)
        print("content-type", self._headers.get("Content-Type"))

app = tornado.web.Application([(r"/w/(\w+)", WHandler)])
