# tornado: 6.5
# request: GET /form at 0
# request: POST /form at 10 body name=x
# request: POST /form?_xsrf=abc at 20 body name=y
# request: PUT /form at 30 body z
# request: DELETE /form at 40
import tornado.web

class FormHandler(tornado.web.RequestHandler):
    def get(self):
        tok = self.xsrf_token
        print("token type", type(tok).__name__, len(tok) > 10)
        self.write("form")

    def post(self):
        self.write("ok")

    def put(self):
        self.write("put ok")

    def check_xsrf_cookie(self):
        print("check_xsrf_cookie", self.request.method)
        if self.request.method == "DELETE":
            return
        super(FormHandler, self).check_xsrf_cookie()

    def delete(self):
        self.write("deleted")

app = tornado.web.Application([(r"/form", FormHandler)], xsrf_cookies=True, cookie_secret="x")
