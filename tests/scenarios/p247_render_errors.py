# request: GET /parse at 0
# request: GET /boom at 40
# request: GET /syntax at 80
# request: GET /missing at 120
# request: GET /twice at 160
# request: GET /after at 200
# request: GET /extends at 240
# Template errors inside handlers: a template that does not parse (ParseError: 3.2's
# bare message, 4.3+'s "at NAME:LINE"), an exception raised while it runs, an
# expression that is not Python (Tornado logs the generated code, then the
# SyntaxError), a name the loader does not have, and render() after finish():
# refused from 4.0 (3.2 renders, then finish() fails). Each is a 500 with the usual log.
from tornado import template, web

loader = template.DictLoader({
    "parse.html": "<ul>\n{% for x in items %}\n<li>{{ x }}</li>\n",
    "boom.html": "<p>{{ 10 // divisor }}</p>",
    "syntax.html": "line one\n{{ 1 + }}",
    "ok.html": "<b>{{ word }}</b>",
    "child.html": "{% extends 'base.html' %}{% block a %}x{% end %}",
    "base.html": "{% block a %}{% end %}{% if 1 %}",
})


class BaseHandler(web.RequestHandler):
    def create_template_loader(self, template_path):
        return loader


class ParseHandler(BaseHandler):
    def get(self):
        try:
            template.Template("{% if x %}hello")
        except template.ParseError as e:
            print("ParseError:", e)
        for text in ("{{ x", "{% end %}", "{% wat %}", "{%  %}", "{# open", "{% block %}x{% end %}",
                     "{% extends 'a.html' %}"):
            try:
                template.Template(text)
            except Exception as e:
                print(type(e).__name__ + ":", e)
        self.render("parse.html", items=[1])


class BoomHandler(BaseHandler):
    def get(self):
        self.render("boom.html", divisor=0)


class SyntaxHandler(BaseHandler):
    def get(self):
        self.render("syntax.html")


class MissingHandler(BaseHandler):
    def get(self):
        self.render("nope.html")


class TwiceHandler(BaseHandler):
    def get(self):
        self.render("ok.html", word="one")
        self.render("ok.html", word="two")


class AfterHandler(BaseHandler):
    def get(self):
        self.finish("done")
        print("rendered", self.render_string("ok.html", word="late"))
        self.render("ok.html", word="late")


class ExtendsHandler(BaseHandler):
    def get(self):
        self.render("child.html")


app = web.Application([
    (r"/parse", ParseHandler), (r"/boom", BoomHandler), (r"/syntax", SyntaxHandler),
    (r"/missing", MissingHandler), (r"/twice", TwiceHandler), (r"/after", AfterHandler),
    (r"/extends", ExtendsHandler),
])
