/**
 * tornado.template and the handler's template methods, beyond what the recorded
 * scenarios (p245-p248) show. Expected values are what Tornado 3.2.2, 4.5.3 and Debian's
 * 6.2 printed for the same code.
 */
import { describe, expect, it } from "vitest";
import { stdoutOf, traceLines } from "./run-helpers";

describe("tornado.template", () => {
  it("ParseError: a bare message before 4.3, then filename, lineno and 'at NAME:LINE'", () => {
    const src = `
from tornado import template
try:
    template.Template("a\\n{% for x in y %}\\nb", name="t.html")
except template.ParseError as e:
    print(str(e), getattr(e, "filename", "-"), getattr(e, "lineno", "-"), getattr(e, "message", "-"))
try:
    template.Template("{% if 1 %}{% except %}{% end %}")
except template.ParseError as e:
    print(e)
`;
    expect(stdoutOf(src, "3.2")).toBe(
      "Missing {% end %} block for for - - -\nexcept block cannot be attached to if block\n",
    );
    expect(stdoutOf(src, "4.5")).toBe(
      "Missing {% end %} block for for at t.html:2 t.html 2 Missing {% end %} block for for\n" +
        "except block cannot be attached to if block at <string>:1\n",
    );
  });

  it("{% autoescape %} applies to the whole template; a loader's namespace and autoescape reach its templates", () => {
    const src = `
from tornado import template
print(template.Template("{{ x }}{% autoescape None %}{{ x }}").generate(x="<b>"))
loader = template.DictLoader({"a.html": "{{ f(x) }}  {{ x }}"}, namespace={"f": lambda v: v.upper()}, autoescape=None)
print(loader.load("a.html").generate(x="<b>"))
print(template.Template("{{ x }}", autoescape="url_escape").generate(x="a b/c"))
print(template.Template("{% set a = [] %}{% for i in range(3) %}{% set a.append(i) %}{% end %}{{ a }} {{ datetime.date(2020, 1, 2) }}").generate())
`;
    const out = "b'<b><b>'\nb'<B> <b>'\nb'a+b%2Fc'\nb'[0, 1, 2] 2020-01-02'\n";
    expect(stdoutOf(src, "3.2")).toBe(out);
    expect(stdoutOf(src)).toBe(out);
  });

  it("whitespace: before 4.3 the compiling template's setting covers what it includes, from 4.3 each file keeps its own", () => {
    const src = `
from tornado import template
loader = template.DictLoader({"a.txt": "{% include 'b.html' %}|{% include 'c.txt' %}", "b.html": "x    y",
                              "c.txt": "p    q", "d.html": "{% include 'c.txt' %}"})
print(loader.load("a.txt").generate(), loader.load("d.html").generate())
print([l.split("#")[1] for l in loader.load("a.txt").code.splitlines() if "_tt_append(b" in l])
`;
    const via = "[' b.html:1 (via a.txt:1)', ' a.txt:1', ' c.txt:1 (via a.txt:1)']\n";
    expect(stdoutOf(src, "3.2")).toBe("b'x    y|p    q' b'p q'\n" + via);
    expect(stdoutOf(src, "5.1")).toBe("b'x y|p    q' b'p    q'\n" + via);
  });

  it("bytes and str sources give UTF-8; errors raised while a template runs are Python's", () => {
    const src = `
from tornado import template
print(template.Template(b"caf\\xc3\\xa9 {{ s }}").generate(s="\\u00e9t\\u00e9"))
try:
    template.Template("{% for i in x %}{% apply f %}{% break %}{% end %}{% end %}")
except template.ParseError as e:
    print("apply hides the loop:", str(e).split(" outside")[0])
try:
    template.Template("{{ nope }}", name="n.html").generate()
except NameError as e:
    print("NameError", e)
for kwargs in ({"compress_whitespace": True, "whitespace": "all"},):
    try:
        template.Template("x", **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
try:
    template.Template("{% include 'x' %}").generate()
except Exception as e:
    print(type(e).__name__, e)
`;
    const head =
      "b'caf\\xc3\\xa9 \\xc3\\xa9t\\xc3\\xa9'\napply hides the loop: break\nNameError name 'nope' is not defined\n";
    expect(stdoutOf(src, "3.2")).toBe(
      head +
        "TypeError Template.__init__() got an unexpected keyword argument 'whitespace'\n" +
        "AttributeError 'NoneType' object has no attribute 'load'\n",
    );
    expect(stdoutOf(src, "4.5")).toBe(
      head +
        "Exception cannot set both whitespace and compress_whitespace\n" +
        "AttributeError 'NoneType' object has no attribute 'load'\n",
    );
    expect(stdoutOf(src)).toBe(
      head + "Exception cannot set both whitespace and compress_whitespace\nAssertionError \n",
    );
  });

  it("Loader reads the virtual filesystem; a missing file is open()'s FileNotFoundError under the root", () => {
    const src = `
import os
from tornado import template
os.makedirs("/srv/tpl/sub", exist_ok=True)
with open("/srv/tpl/sub/a.html", "w") as f:
    f.write("{% include '../b.html' %}")
with open("/srv/tpl/b.html", "w") as f:
    f.write("B {{ 1 + 1 }}")
loader = template.Loader("/srv/tpl/sub/..")
print(loader.root, loader.load("sub/a.html").generate(), sorted(loader.templates))
try:
    loader.load("nope.html")
except FileNotFoundError as e:
    print(e)
`;
    expect(stdoutOf(src)).toBe(
      "/srv/tpl b'B 2' ['b.html', 'sub/a.html']\n[Errno 2] No such file or directory: '/srv/tpl/nope.html'\n",
    );
  });
});

describe("RequestHandler template methods", () => {
  const handler = (body: string) => `
from tornado import template, web
loader = template.DictLoader({"a.html": "{{ x }} {{ y }}", "b.txt": "{{ x }}   {{ handler.__class__.__name__ }}"})
class MainHandler(web.RequestHandler):
${body}
`;

  // Real Tornado names the directory of the calling file, which depends on the machine.
  it("with no template_path, templates are looked up next to the program, one loader per path", () => {
    const src = handler(`    def get(self):
        try:
            self.render("missing.html")
        except FileNotFoundError as e:
            print(e.filename)
        print(list(web.RequestHandler._template_loaders))
        self.finish()`);
    expect(stdoutOf(src)).toBe("/missing.html\n['']\n");
  });

  it("create_template_loader honours the application's autoescape and template_whitespace settings", () => {
    const src = handler(`    def get(self):
        self.application.settings.update(template_path="/t", autoescape=None, template_whitespace="oneline")
        made = self.create_template_loader("/t")
        print(type(made).__name__, made.root, made.autoescape, getattr(made, "whitespace", "-"))
        self.application.settings["template_loader"] = loader
        print(self.create_template_loader("/t") is loader, self.get_template_path())
        print({"current_user", "handler", "modules", "request", "reverse_url", "static_url"} <= set(self.get_template_namespace()))
        self.render("b.txt", x="<>")`);
    expect(stdoutOf(src, "3.2")).toBe("Loader /t None -\nTrue /t\nTrue\n");
    expect(stdoutOf(src)).toBe("Loader /t None oneline\nTrue /t\nTrue\n");
    // traceLines collapses runs of spaces.
    expect(traceLines(src)).toContain("T0 client #1 recv 200 &lt;&gt; MainHandler");
  });

  it("render() returns finish()'s Future from 5.1, None before", () => {
    const src = handler(`    def get(self):
        self.application.settings["template_loader"] = loader
        print(type(self.render("a.html", x=1, y=2)).__name__)`);
    expect(stdoutOf(src, "4.5")).toBe("NoneType\n");
    expect(stdoutOf(src, "5.1")).toBe("Future\n");
  });
});
