# tornado: 6.5
# request: GET /a at 0
# request: GET /b at 5
# request: GET /c at 10
# request: GET /d at 15
# remote: api.example 40 status 500
import asyncio
import logging
from tornado import gen, web
from tornado.httpclient import AsyncHTTPClient

log = logging.getLogger("mix")

class AHandler(web.RequestHandler):
    async def get(self):
        try:
            await AsyncHTTPClient().fetch("http://api.example/a")
        except Exception as e:
            log.warning("upstream said %s", e)
            raise web.HTTPError(502, "upstream %s", getattr(e, "code", "?"))

    def on_finish(self):
        log.info("a finished with %d", self.get_status())

class BHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        yield gen.sleep(0.02)
        self.set_status(202)
        self.finish("queued")
        yield gen.sleep(0.02)
        log.info("b still running after finish")

class CHandler(web.RequestHandler):
    async def get(self):
        await asyncio.sleep(0.03)
        self.write({"ok": True})
        await self.flush()
        raise ValueError("after flush")

class DHandler(web.RequestHandler):
    def get(self):
        self.clear()
        self.set_status(418)
        self.finish()

routes = [(r"/a", AHandler), (r"/b", BHandler), (r"/c", CHandler), (r"/d", DHandler)]
