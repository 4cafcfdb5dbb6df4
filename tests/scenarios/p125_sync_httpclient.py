# tornado: 6.5
# request: GET /sync at 0
# remote: api.example 50 body pong
import tornado.httpclient
import tornado.web

client = tornado.httpclient.HTTPClient()
r = client.fetch("http://api.example/ping")
print("module-level sync fetch:", r.code, r.body)
client.close()

class SyncHandler(tornado.web.RequestHandler):
    def get(self):
        c = tornado.httpclient.HTTPClient()
        try:
            resp = c.fetch("http://api.example/ping")
            self.write(resp.body)
        finally:
            c.close()

routes = [(r"/sync", SyncHandler)]
