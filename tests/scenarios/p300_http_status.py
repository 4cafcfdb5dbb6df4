# tornado: 6.5
# request: GET /a at 0
# request: GET /b at 10
from http import HTTPStatus
from tornado import web

class A(web.RequestHandler):
    def get(self):
        self.set_status(HTTPStatus.CREATED)
        print(HTTPStatus.CREATED, HTTPStatus.CREATED.phrase)
        self.write({"status": HTTPStatus.CREATED})

class B(web.RequestHandler):
    def get(self):
        raise web.HTTPError(HTTPStatus.BAD_REQUEST, "bad %s", "thing")

routes = [(r"/a", A), (r"/b", B)]
