# tornado: 6.5
# request: GET / at 0
# request: GET /extra at 10
from tornado import web

class FirstHandler(web.RequestHandler):
    def get(self):
        self.write("first app")

class SecondHandler(web.RequestHandler):
    def get(self):
        self.write("second app")

first = web.Application([(r"/", FirstHandler)])
second = web.Application([(r"/", SecondHandler), (r"/extra", FirstHandler)])
print("apps made")
