# request: POST /signup at 0
# remote: mail.example 100 body {"status": "queued"}
import json
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class SignupHandler(web.RequestHandler):
    def post(self):
        self.send_welcome_mail()  # no yield: its errors have nowhere to go
        self.write("welcome")

    @gen.coroutine
    def send_welcome_mail(self):
        res = yield AsyncHTTPClient().fetch("http://mail.example/send")
        reply = json.loads(res.body)
        print("mail id", reply["id"])

routes = [(r"/signup", SignupHandler)]
