# tornado: 6.5
import tornado.web

class MainHandler(tornado.web.RequestHandler):
    def get(self):
        self.write("main")

class UserProfileHandler(tornado.web.RequestHandler):
    def post(self):
        self.write("profile")

class Status(tornado.web.RequestHandler):
    def get(self):
        self.write("status")
