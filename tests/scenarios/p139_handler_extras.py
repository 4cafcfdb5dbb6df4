# tornado: 6.5
# request: POST /form at 0 body a=1
# request: POST /form?_xsrf=abc at 10
# request: POST /form?_xsrf=2|aa|bb|cc at 20
# request: GET /etag at 30
from tornado import web

class FormHandler(web.RequestHandler):
    def post(self):
        print("cookies", self.cookies, "template path", self.get_template_path())
        self.check_xsrf_cookie()
        self.write("never")

class EtagHandler(web.RequestHandler):
    def get(self):
        self.write("same body")
        print("etag", self.compute_etag())
        self.set_etag_header()
        print("header", self._headers["Etag"], "match", self.check_etag_header())
        self.clear_all_cookies()

routes = [(r"/form", FormHandler), (r"/etag", EtagHandler)]
