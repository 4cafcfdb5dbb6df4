# tornado: 6.5
# request: GET /api?name=x&name=y at 0
# request: POST /api at 10 body hello=world
# request: DELETE /api at 20
# request: GET /missing at 30
# request: HEAD /api at 40
# request: PUT /api at 50
from tornado import web

class ApiHandler(web.RequestHandler):
    SUPPORTED_METHODS = ("GET", "POST", "HEAD", "PUT")

    def get(self):
        names = self.get_arguments("name")
        self.set_header("X-Names", ",".join(names))
        self.add_header("X-Multi", "1")
        self.add_header("X-Multi", "2")
        print("get", names, self.get_argument("absent", "default"))
        self.write("names=%s" % names)

    def post(self):
        print("post body", self.request.body, self.get_body_argument("hello"))
        self.set_status(201)
        self.write("created")

    def head(self):
        print("head")
        self.set_header("X-Head", "yes")

    def put(self):
        print("put", self.get_argument("required"))

routes = [(r"/api", ApiHandler)]
