# tornado.template on its own: expressions are str()-ed and escaped (xhtml_escape by
# default), raw output, comments and literal braces, control blocks, set/import,
# autoescape, apply, and whitespace: by name (.html collapses), compress_whitespace,
# and from 4.3 the whitespace argument and the {% whitespace %} tag.
from tornado import template, web


def show(label, text, **kwargs):
    try:
        print(label, template.Template(text, **kwargs).generate(**kwargs_for(label)))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


def kwargs_for(label):
    return {"x": '<a href="q">&</a>', "n": 3, "items": ["a", "b", "c", "d"]}


class MainHandler(web.RequestHandler):
    def get(self):
        show("expr", "{{ x }} {{ n * 2 }} {{ None }} {{ b'raw<' }}")
        show("raw", "{% raw x %}|{# a comment #}|{{! not_expr }}|{%! if %}|{{{ n }}}")
        show("if", "{% if n > 5 %}big{% elif n > 2 %}mid{% else %}small{% end %}")
        show("for", "{% for i, v in enumerate(items) %}{% if i == 1 %}{% continue %}{% end %}"
             "{% if v == 'd' %}{% break %}{% end %}{{ v }}{% else %}never{% end %}")
        show("while", "{% set k = 0 %}{% while k < n %}{{ k }}{% set k += 1 %}{% end %}")
        show("try", "{% try %}{{ 1 // 0 }}{% except ZeroDivisionError %}div{% else %}ok"
             "{% finally %}!{% end %}")
        show("import", "{% import math %}{% from os.path import join %}{{ math.floor(2.7) }} {{ join('a', 'b') }}")
        show("autoescape", "{% autoescape None %}{{ x }}")
        show("noescape", "{{ x }}", autoescape=None)
        show("apply", "{% apply str.upper %}hello {{ n }}{% end %} {% comment ignored %}done")
        show("helpers", "{{ url_escape('a b&c') }} {{ json_encode({'k': '</s>'}) }} {{ squeeze('  a   b ') }}")
        show("apply2", "{% apply (lambda b: b.decode().title()) %}hello {{ n }} times{% end %}")
        show("spaces", "a    b\n\n\n   c")
        show("spaces.html", "a  \t  b\n\n\n   c", name="s.html")
        show("pre.html", "a  \t  b<pre>  x  </pre>", name="p.html")
        show("compress", "a    b\n\n   c", compress_whitespace=True)
        show("oneline", "a    b\n\n   c", whitespace="oneline")
        show("directive", "a   b\n{% whitespace oneline %}c   d\n\n e", name="w.txt")
        show("badmode", "x", whitespace="tabs")
        t = template.Template("<p>\n   {{ n }}   </p>", name="page.html")
        print("html", t.generate(n=1))
        print("code lines", len(t.code.splitlines()), t.name)
        self.write(template.Template("<h1>{{ title }}</h1>").generate(title="Tom & Jerry"))
