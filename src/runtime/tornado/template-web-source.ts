/**
 * Source of RequestHandler's template methods (render, render_string,
 * get_template_namespace, create_template_loader), run as Tornado's web.py runs them:
 * they call the handler's own methods, so a subclass's overrides take part. Per
 * release: render() after finish() is refused from 4.0 (3.2's finish() then fails),
 * render() returns finish()'s Future from 5.1, and template_whitespace is read from 4.3.
 */
export const TEMPLATE_WEB_SOURCE = String.raw`"""RequestHandler's template methods."""
import os.path
import sys

import tornado
from tornado import template
from tornado.util import ObjectDict

_RELEASE = tuple(tornado.version_info[:2])


def render(self, template_name, **kwargs):
    """Renders the template with the given arguments as the response (finishes it)."""
    if _RELEASE >= (4, 0) and self._finished:
        raise RuntimeError("Cannot render() after finish()")
    html = self.render_string(template_name, **kwargs)
    done = self.finish(html)
    return done if _RELEASE >= (5, 1) else None


def _calling_directory():
    # With no template_path, templates are found next to the program's file.
    main = sys.modules.get("__main__")
    return os.path.dirname(getattr(main, "__file__", None) or "")


def render_string(self, template_name, **kwargs):
    """Generate the given template with the given arguments (UTF-8 bytes)."""
    template_path = self.get_template_path()
    if not template_path:
        template_path = _calling_directory()
    loaders = type(self)._template_loaders
    if template_path not in loaders:
        loaders[template_path] = self.create_template_loader(template_path)
    t = loaders[template_path].load(template_name)
    namespace = self.get_template_namespace()
    namespace.update(kwargs)
    return t.generate(**namespace)


def get_template_namespace(self):
    """The default template namespace: the handler, its request and user, URL helpers."""
    namespace = dict(handler=self, request=self.request, current_user=self.current_user)
    for name in ("static_url", "xsrf_form_html", "reverse_url"):
        helper = getattr(self, name, None)
        if helper is not None:
            namespace[name] = helper
    # After finish() the handler's ui is None, which update() cannot take.
    namespace.update(self.ui)
    return namespace


def create_template_loader(self, template_path):
    """A Loader on template_path with the application's autoescape and
    template_whitespace settings, or the template_loader setting when there is one."""
    settings = self.application.settings
    if "template_loader" in settings:
        return settings["template_loader"]
    kwargs = {}
    if "autoescape" in settings:
        kwargs["autoescape"] = settings["autoescape"]
    if _RELEASE >= (4, 3) and "template_whitespace" in settings:
        kwargs["whitespace"] = settings["template_whitespace"]
    return template.Loader(template_path, **kwargs)

class _TemplateModule(object):
    """The built-in UI module Template: {% module Template("x.html", **kwargs) %}."""

    def __init__(self, handler):
        self.handler = handler

    def render(self, path, **kwargs):
        def set_resources(**resources):
            return ""
        return self.handler.render_string(path, set_resources=set_resources, **kwargs)


class _UIModuleNamespace(object):
    """What templates reach as _tt_modules (and modules): each UI module's render,
    with one instance of the module per handler."""

    def __init__(self, handler, ui_modules):
        self.handler = handler
        self.ui_modules = ui_modules

    def __getitem__(self, key):
        handler, module = self.handler, self.ui_modules[key]

        def render(*args, **kwargs):
            active = handler.__dict__.setdefault("_active_modules", {})
            if key not in active:
                active[key] = module(handler)
            return active[key].render(*args, **kwargs)
        return render

    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError as e:
            raise AttributeError(str(e))


def make_ui(handler):
    """The handler's ui: the template namespace's UI modules."""
    ui = ObjectDict()
    ui["_tt_modules"] = _UIModuleNamespace(handler, {"Template": _TemplateModule})
    ui["modules"] = ui["_tt_modules"]
    return ui
`;
