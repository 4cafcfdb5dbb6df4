# request: GET / at 0
# request: GET /missing at 50
# request: GET /code at 100
# Templates from files: the template_path, autoescape and template_whitespace settings
# (the last from 4.3) give render() a Loader on that directory, cached per path in
# RequestHandler._template_loaders; names inside templates resolve against the
# including file; a missing file is the FileNotFoundError open() raises. render()
# returns finish()'s Future from 5.1 (None before).
import os

from tornado import template, web

ROOT = "/tmp/tornado-playground-p248"
FILES = {
    "base.html": "<title>{% block title %}?{% end %}</title>\n\n   <main>{% block main %}{% end %}</main>",
    "page.html": "{% extends 'base.html' %}{% block title %}{{ title }}{% end %}"
                 "{% block main %}{% include 'parts/list.html' %}{% end %}",
    "parts/list.html": "{% for i in items %}  <i>{{ i }}</i>\n\n{% end %}{% include 'note.txt' %}",
    "parts/note.txt": "note:   {{ title }}",
}
for name, text in FILES.items():
    os.makedirs(os.path.dirname(os.path.join(ROOT, name)), exist_ok=True)
    with open(os.path.join(ROOT, name), "w") as f:
        f.write(text)


class BaseHandler(web.RequestHandler):
    def prepare(self):
        self.application.settings.update(template_path=ROOT, autoescape=None, template_whitespace="oneline")


class PageHandler(BaseHandler):
    def get(self):
        print("template path", self.get_template_path())
        result = self.render("page.html", title="A&B", items=["<x>", "y"])
        print("render returned", type(result).__name__, getattr(result, "done", lambda: "-")())
        loader = web.RequestHandler._template_loaders[ROOT]
        print("loader", type(loader).__name__, loader.root, loader.autoescape, getattr(loader, "whitespace", "-"))
        print("loaded", sorted(loader.templates))
        print("include resolves", loader.resolve_path("note.txt", "parts/list.html"),
              loader.resolve_path("../base.html", "parts/list.html"))


class MissingHandler(BaseHandler):
    def get(self):
        self.render("missing.html")


class CodeHandler(BaseHandler):
    def get(self):
        t = web.RequestHandler._template_loaders[ROOT].load("parts/list.html")
        print(t.code.splitlines()[4])
        self.write(t.generate(items=[1], title="t"))


app = web.Application([(r"/", PageHandler), (r"/missing", MissingHandler), (r"/code", CodeHandler)])
