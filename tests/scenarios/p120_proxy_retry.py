# tornado: 6.5
# request: GET /proxy?url=http://flaky.example/ at 0
# request: GET /proxy?url=http://ok.example/data at 50
# remote: flaky.example 30 status 503 body try later
# remote: ok.example 40 body {"value": 42}
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient, HTTPClientError

async def fetch_with_retry(url, attempts=3):
    delay = 0.05
    for attempt in range(1, attempts + 1):
        try:
            return await AsyncHTTPClient().fetch(url)
        except HTTPClientError as e:
            print("attempt", attempt, "failed:", e)
            if attempt == attempts:
                raise
            await gen.sleep(delay)
            delay *= 2

class ProxyHandler(web.RequestHandler):
    async def get(self):
        url = self.get_argument("url")
        try:
            r = await fetch_with_retry(url)
        except HTTPClientError as e:
            self.set_status(502)
            self.write({"error": str(e), "upstream": e.code})
            return
        self.set_header("Content-Type", r.headers.get("Content-Type", "text/plain"))
        self.write(r.body)

routes = [(r"/proxy", ProxyHandler)]
