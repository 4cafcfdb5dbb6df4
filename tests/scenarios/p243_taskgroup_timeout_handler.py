# tornado: 6.5
# request: GET /group at 0
# request: GET /failing at 200
# request: GET /future at 400
# remote: a.example 50
# remote: b.example 80
import asyncio
from tornado import web
from tornado.httpclient import AsyncHTTPClient

async def fetch(url):
    r = await AsyncHTTPClient().fetch(url)
    return r.code

async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")

class GroupHandler(web.RequestHandler):
    async def get(self):
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(fetch("http://a.example/"))
            t2 = tg.create_task(fetch("http://b.example/"), name="fetch-b")
        print("group done", t1.result(), t2.result(), t2.get_name())
        try:
            async with asyncio.timeout(0.03):
                await AsyncHTTPClient().fetch("http://b.example/")
        except TimeoutError:
            print("timed out")
        async with asyncio.timeout(0.2) as cm:
            code = await fetch("http://a.example/")
        print("in time", code, cm.expired())
        self.write("ok")

class FailingHandler(web.RequestHandler):
    async def get(self):
        try:
            async with asyncio.TaskGroup() as tg:
                slow = tg.create_task(fetch("http://b.example/"))
                tg.create_task(boom())
        except ExceptionGroup as eg:
            print("group failed", [repr(e) for e in eg.exceptions], slow.cancelled())
        self.write("handled")

class FutureHandler(web.RequestHandler):
    async def get(self):
        # TaskGroup.create_task takes coroutines only: fetch() returns a Future.
        async with asyncio.TaskGroup() as tg:
            tg.create_task(AsyncHTTPClient().fetch("http://a.example/"))

routes = [(r"/group", GroupHandler), (r"/failing", FailingHandler), (r"/future", FutureHandler)]
