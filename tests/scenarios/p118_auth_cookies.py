# tornado: 6.5
# request: GET /private at 0
# request: POST /private at 10
# request: GET /secure at 20
# request: GET /legacy at 30
import tornado.web
from tornado import gen

class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        user = self.get_cookie("user")
        print("get_current_user ->", user)
        return user

class PrivateHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        self.write("hello " + self.current_user)

    @tornado.web.authenticated
    def post(self):
        self.write("posted")

class SecureHandler(BaseHandler):
    def get(self):
        print("current_user property:", self.current_user)
        value = self.get_secure_cookie("session")
        self.write("session %s" % value)

class LegacyHandler(BaseHandler):
    @gen.coroutine
    def get(self):
        result = yield gen.Task(lambda callback: callback(1))
        self.write("legacy %s" % result)

routes = [(r"/private", PrivateHandler), (r"/secure", SecureHandler), (r"/legacy", LegacyHandler)]
