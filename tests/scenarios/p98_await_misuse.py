# tornado: 6.5
# request: GET /await-int at 0
# request: GET /return-value at 10
# request: GET /unawaited-sleep at 20
from tornado import gen, web

class AwaitIntHandler(web.RequestHandler):
    async def get(self):
        await 5

class ReturnValueHandler(web.RequestHandler):
    def get(self):
        self.write("returning a value")
        return "oops"

class UnawaitedSleepHandler(web.RequestHandler):
    async def get(self):
        gen.sleep(0.05)
        print("did not wait")
        self.write("no wait")

routes = [(r"/await-int", AwaitIntHandler), (r"/return-value", ReturnValueHandler),
          (r"/unawaited-sleep", UnawaitedSleepHandler)]
