# tornado: 6.5
# request: POST /echo at 0 body hello=world&n=3
# request: POST /raw at 10 body just some text
from tornado import web

class EchoHandler(web.RequestHandler):
    def post(self):
        print("body", self.request.body)
        print("hello", self.get_argument("hello"), "n", self.get_body_argument("n"))
        self.write("echo " + self.request.body.decode())

class RawHandler(web.RequestHandler):
    def post(self):
        print("raw", self.request.body.decode(), len(self.request.body))
        self.write(self.request.body)

routes = [(r"/echo", EchoHandler), (r"/raw", RawHandler)]
