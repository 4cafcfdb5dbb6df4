# tornado: 6.5
# request: GET /post at 0
# remote: api.example 40 body {"id": 7, "ok": true}
import json
from tornado import web
from tornado.httpclient import AsyncHTTPClient, HTTPRequest

class PostHandler(web.RequestHandler):
    async def get(self):
        client = AsyncHTTPClient()
        r = await client.fetch("http://api.example/items", method="POST", body=json.dumps({"name": "x"}),
                               headers={"Content-Type": "application/json"})
        data = json.loads(r.body)
        print("created", data["id"], data["ok"], r.code)
        try:
            await client.fetch("http://api.example/items", method="POST")
        except ValueError as e:
            print("ValueError:", e)
        req = HTTPRequest("http://api.example/x", method="POST", body="a=1")
        r2 = await client.fetch(req)
        print("request object", r2.code, r2.request.method if hasattr(r2, "request") else "?")
        self.write(data)

routes = [(r"/post", PostHandler)]
