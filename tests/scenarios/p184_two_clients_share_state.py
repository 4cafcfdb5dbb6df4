# tornado: 6.5
# request: POST /put at 0 body one
# request: POST /put at 25 body two
# request: GET /get at 110
# request: POST /put at 120 body three
# remote: store.example 40
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

items = []

class PutHandler(web.RequestHandler):
    @gen.coroutine
    def post(self):
        body = self.request.body.decode()
        yield AsyncHTTPClient().fetch("http://store.example/save", method="POST", body=body)
        items.append(body)
        print("stored", body, len(items))
        self.set_status(201)
        self.finish({"stored": body, "count": len(items)})

class GetHandler(web.RequestHandler):
    def get(self):
        self.write({"items": items})

routes = [(r"/put", PutHandler), (r"/get", GetHandler)]
