# URL routing with compiled regular expressions and handler classes
import re
class Handler:
    def __init__(self, **params):
        self.params = params
    def get(self):
        return 405, "method not allowed"
class Home(Handler):
    def get(self):
        return 200, "home"
class User(Handler):
    def get(self):
        return 200, f"user {self.params['uid']}"
class Post(Handler):
    def get(self):
        return 200, "post {slug} by {uid}".format(**self.params)
class Router:
    def __init__(self, routes):
        self.routes = [(re.compile("^" + pattern + "$"), cls) for pattern, cls in routes]
    def dispatch(self, path):
        for regex, cls in self.routes:
            m = regex.match(path)
            if m:
                return cls(**m.groupdict()).get()
        return 404, "not found"
router = Router([
    (r"/", Home),
    (r"/users/(?P<uid>\d+)", User),
    (r"/users/(?P<uid>\d+)/posts/(?P<slug>[\w-]+)", Post),
    (r"/static/.*", Handler),
])
for path in ["/", "/users/42", "/users/abc", "/users/7/posts/hello-world", "/static/x.css", "/nope"]:
    status, body = router.dispatch(path)
    print(f"{path:<28} {status} {body}")
def parse_query(qs):
    out = {}
    for part in filter(None, qs.split("&")):
        key, _, value = part.partition("=")
        out.setdefault(key, []).append(value)
    return out
print(parse_query("a=1&b=2&a=3&flag&&c="))
