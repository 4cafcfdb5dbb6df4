# request: GET / at 0
# request: GET /users/1 at 50
# request: GET /text at 100
# Templates that extend and include each other, served by self.render() from a
# DictLoader given as Application(template_loader=...): the child's blocks replace the
# base's, includes and extends resolve relative names against the including template,
# the loader caches what it compiled, and get_template_namespace() adds to every page.
# Real Tornado's harness serves a plain Application of the routes it finds, so prepare()
# hands it the settings the code's own Application was made with.
from tornado import template, web

PAGES = {
    "base.html": "<html><title>{% block title %}Site{% end %}</title>\n"
                 "<body>{% block body %}empty{% end %}\n{% include 'parts/footer.html' %}</body></html>",
    "parts/footer.html": "<footer>{{ year }} {% include 'sig.html' %}</footer>",
    "parts/sig.html": "by {{ author }}",
    "home.html": "{% extends 'base.html' %}{% block title %}Home: {{ title }}{% end %}"
                 "{% block body %}<ul>{% for item in items %}<li>{{ item }}</li>{% end %}</ul>"
                 "{{ greet(current_user) }}{% end %}",
    "users/show.html": "{% extends '../base.html' %}{% block body %}{{ handler.request.path }} "
                       "{{ request.method }}{% end %}",
    "plain.txt": "{{ title }}   and   {{ len(items) }}\n\n\n  items {% module Template('card.txt', n=len(items)) %}"
                 "{{ modules.Template('card.txt', n=0) }}",
    "card.txt": "[card {{ n }} {{ handler.request.path }}]",
}

loader = template.DictLoader(PAGES)


class BaseHandler(web.RequestHandler):
    def prepare(self):
        self.application.settings.update(app.settings)

    def get_current_user(self):
        return "ann"

    def get_template_namespace(self):
        ns = super(BaseHandler, self).get_template_namespace()
        ns.update(year=2024, author="<staff>", greet=lambda u: "hi " + u)
        return ns


class HomeHandler(BaseHandler):
    def get(self):
        self.render("home.html", title="A & B", items=["x<y", 2])


class UserHandler(BaseHandler):
    def get(self, uid):
        self.render("users/show.html")


class TextHandler(BaseHandler):
    def get(self):
        body = self.render_string("plain.txt", title="T", items=[1, 2])
        print("render_string", type(body).__name__, repr(body))
        print("cached", sorted(loader.templates))
        print("same", loader.load("home.html") is loader.load("home.html"))
        print("resolve", loader.resolve_path("../a.html", "x/y/b.html"), loader.resolve_path("a.html", "<string>"))
        self.set_header("Content-Type", "text/plain")
        self.write(body)


app = web.Application(
    [(r"/", HomeHandler), (r"/users/(\d+)", UserHandler), (r"/text", TextHandler)],
    template_loader=loader,
)
