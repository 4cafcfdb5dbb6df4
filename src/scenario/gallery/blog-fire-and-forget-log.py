# request: POST /order at 0
# remote: log.example 200
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class OrderHandler(web.RequestHandler):
    def post(self):
        self.write("order accepted")
        self.send_log("order accepted")  # no yield: nobody waits for the log

    @gen.coroutine
    def send_log(self, text):
        client = AsyncHTTPClient()
        res = yield client.fetch("http://log.example/", method="POST", body=text)
        print("logged", res.code)

routes = [(r"/order", OrderHandler)]
