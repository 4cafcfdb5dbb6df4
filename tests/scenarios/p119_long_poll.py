# tornado: 6.5
# request: GET /poll?cursor=0 at 0
# request: GET /poll?cursor=0 at 20
# request: POST /send at 100 body hello
# request: GET /poll?cursor=1 at 150
# client-timeout: 600
import asyncio
from tornado import web
from tornado.concurrent import Future

messages = []
waiters = set()

class PollHandler(web.RequestHandler):
    async def get(self):
        cursor = int(self.get_argument("cursor"))
        if cursor < len(messages):
            self.write({"messages": messages[cursor:]})
            return
        self.future = Future()
        waiters.add(self.future)
        try:
            msgs = await asyncio.wait_for(asyncio.shield(self.future), timeout=0.3)
        except asyncio.TimeoutError:
            print("poll timed out, cursor", cursor)
            msgs = []
        finally:
            waiters.discard(self.future)
        if self.request.connection.stream.closed():
            return
        self.write({"messages": msgs})

    def on_connection_close(self):
        print("poller left")

class SendHandler(web.RequestHandler):
    def post(self):
        msg = self.request.body.decode()
        messages.append(msg)
        print("waking", len(waiters), "pollers")
        for f in list(waiters):
            if not f.done():
                f.set_result([msg])
        self.write("sent")

routes = [(r"/poll", PollHandler), (r"/send", SendHandler)]
