# tornado: 6.5
# request: DELETE /res at 0
# request: PATCH /res at 10
# request: HEAD /res at 20
# request: OPTIONS /res at 30
# request: PUT /res at 40 body new-value
# request: POST /readonly at 50
# request: HEAD /readonly at 60
# request: PROPFIND /res at 70
from tornado import web

class ResHandler(web.RequestHandler):
    def delete(self):
        print("delete")
        self.set_status(204)

    def patch(self):
        print("patch")
        self.write("patched")

    def head(self):
        print("head")
        self.set_header("X-Exists", "yes")

    def options(self):
        print("options")
        self.set_header("Allow", "GET, PUT")
        self.set_status(204)
        self.finish()

    def put(self):
        print("put", self.request.body)
        self.write("stored")

class ReadOnlyHandler(web.RequestHandler):
    SUPPORTED_METHODS = ("GET", "HEAD")

    def get(self):
        self.write("read only")

    def post(self):
        print("never: POST is not supported")

routes = [(r"/res", ResHandler), (r"/readonly", ReadOnlyHandler)]
