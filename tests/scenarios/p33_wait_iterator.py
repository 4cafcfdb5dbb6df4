# tornado: 6.5
# request: GET /wait at 0
# remote: slow.example 300
# remote: fast.example 50
# remote: mid.example 150 status 404
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class WaitHandler(web.RequestHandler):
    async def get(self):
        client = AsyncHTTPClient()
        wi = gen.WaitIterator(client.fetch("http://slow.example/"),
                              client.fetch("http://fast.example/"),
                              client.fetch("http://mid.example/"))
        while not wi.done():
            try:
                res = await wi.next()
                print("index", wi.current_index, "code", res.code)
            except Exception as e:
                print("index", wi.current_index, "failed", e)
        self.write("waited")

routes = [(r"/wait", WaitHandler)]
