# tornado: 6.5
# request: GET / at 0
import asyncio
import tornado.web
from tornado.platform.asyncio import AsyncIOMainLoop, to_asyncio_future
from tornado import gen

try:
    AsyncIOMainLoop().install()
    print("installed")
except Exception as e:
    print("install failed:", type(e).__name__, e)

class MainHandler(tornado.web.RequestHandler):
    async def get(self):
        f = to_asyncio_future(gen.sleep(0.01))
        await f
        print("to_asyncio_future ok", type(f).__name__)
        self.write("hi")

app = tornado.web.Application([(r"/", MainHandler)])
