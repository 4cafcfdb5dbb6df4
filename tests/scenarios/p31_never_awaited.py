# tornado: 6.5
# request: POST /fire at 0
from tornado import web

class FireHandler(web.RequestHandler):
    async def post(self):
        print("async post enter")
        self.helper()
        print("async post return")

    async def helper(self):
        print("helper body (never runs)")

routes = [(r"/fire", FireHandler)]
