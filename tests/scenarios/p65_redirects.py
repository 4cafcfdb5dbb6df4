# tornado: 6.5
# request: GET /see-other at 0
# request: GET /after-write at 10
# request: GET /after-flush at 20
# request: GET /go at 30
from tornado import web

class SeeOtherHandler(web.RequestHandler):
    def get(self):
        self.redirect("/target", status=303)

class AfterWriteHandler(web.RequestHandler):
    def get(self):
        self.write("this body is dropped")
        self.redirect("http://example.com/elsewhere")

class AfterFlushHandler(web.RequestHandler):
    async def get(self):
        self.write("partial")
        await self.flush()
        self.redirect("/too-late")

routes = [
    (r"/see-other", SeeOtherHandler),
    (r"/after-write", AfterWriteHandler),
    (r"/after-flush", AfterFlushHandler),
    (r"/go", web.RedirectHandler, {"url": "/destination"}),
]
