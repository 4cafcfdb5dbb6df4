# tornado: 6.5
# request: GET /nocontent at 0
# request: GET /unknown at 10
# request: GET /reason-only at 20
from tornado import web

class NoContentHandler(web.RequestHandler):
    def get(self):
        self.set_status(204)
        self.write("this is not allowed")

class UnknownHandler(web.RequestHandler):
    def get(self):
        self.set_status(299)
        print("reason", self._reason)
        self.write("unknown status")

class ReasonOnlyHandler(web.RequestHandler):
    def get(self):
        self.set_status(404, "Gone Fishing")
        self.write("custom reason")

routes = [(r"/nocontent", NoContentHandler), (r"/unknown", UnknownHandler), (r"/reason-only", ReasonOnlyHandler)]
