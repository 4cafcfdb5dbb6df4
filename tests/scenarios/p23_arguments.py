# tornado: 6.5
# request: GET /greet?name=Ada&name=Grace at 0
# request: GET /greet at 10
from tornado import web

class GreetHandler(web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        print("all names", self.get_arguments("name"))
        self.write("hello " + name)

routes = [(r"/greet", GreetHandler)]
