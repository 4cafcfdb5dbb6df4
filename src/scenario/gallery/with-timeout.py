# request: GET /quote at 0
# remote: quotes.example 400
from datetime import timedelta
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

class QuoteHandler(web.RequestHandler):
    async def get(self):
        fetch = AsyncHTTPClient().fetch("http://quotes.example/today")
        fetch.add_done_callback(lambda f: print("the fetch finished anyway"))
        try:
            res = await gen.with_timeout(timedelta(seconds=0.2), fetch)
            self.write(res.body)
        except gen.TimeoutError:
            print("gave up after 0.2 s")
            self.write("no quote today")

routes = [(r"/quote", QuoteHandler)]
