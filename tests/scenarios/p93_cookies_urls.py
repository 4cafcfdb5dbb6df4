# tornado: 6.5
# request: GET /c at 0
# request: GET /home at 10
import tornado.web

class CookieHandler(tornado.web.RequestHandler):
    def get(self):
        print("cookie", self.get_cookie("session"), self.get_cookie("theme", "light"))
        self.set_cookie("session", "abc123")
        self.clear_cookie("old")
        print("reverse", self.reverse_url("home"), self.reverse_url("user", 42))
        self.write("cookies")

class HomeHandler(tornado.web.RequestHandler):
    def get(self):
        self.write("home at " + self.reverse_url("home"))

app = tornado.web.Application([
    (r"/c", CookieHandler),
    tornado.web.url(r"/home", HomeHandler, name="home"),
    tornado.web.url(r"/user/(\d+)", HomeHandler, name="user"),
], app_name="demo")
