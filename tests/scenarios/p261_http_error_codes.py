# tornado: 6.5
# request: GET /e/plain at 0
# request: GET /e/fmt at 10
# request: GET /e/reason at 20
# request: GET /e/send at 30
# request: GET /e/crash at 40
# request: GET /e/custom at 50
# request: GET /e/unknown at 60
# request: GET /e/finish at 70
import tornado.web

class EHandler(tornado.web.RequestHandler):
    def write_error(self, status_code, **kwargs):
        print("write_error", status_code, sorted(kwargs.keys()))
        if "exc_info" in kwargs:
            typ, val, tb = kwargs["exc_info"]
            print("  exc", typ.__name__, val)
            self.write({"error": str(val), "code": status_code, "reason": self._reason})
        else:
            self.write({"code": status_code, "msg": kwargs.get("msg")})

    def get(self, what):
        if what == "plain":
            raise tornado.web.HTTPError(403)
        if what == "fmt":
            raise tornado.web.HTTPError(400, "bad value %r for %s", "x", "field")
        if what == "reason":
            raise tornado.web.HTTPError(418, reason="I Am A Teapot")
        if what == "send":
            self.send_error(409, msg="conflict here")
            return
        if what == "crash":
            {}["missing"]
        if what == "custom":
            raise tornado.web.HTTPError(599)
        if what == "unknown":
            raise tornado.web.HTTPError(499)
        if what == "finish":
            self.set_status(202)
            raise tornado.web.Finish("finished early")

app = tornado.web.Application([(r"/e/(\w+)", EHandler)])
