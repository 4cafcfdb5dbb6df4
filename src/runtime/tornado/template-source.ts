/**
 * Source of the emulated `tornado.template` (see template.ts): a template is parsed
 * into a tree of nodes, the tree writes Python source (the `_tt_execute` function,
 * one line per step with Tornado's `# name:line` comments, so compile errors and
 * tracebacks name the same lines as Tornado's), and that source is compiled once and
 * run by generate(). Release differences: before 4.3 there is no whitespace mode
 * (compress_whitespace is the compiling template's, for every text it includes) and
 * ParseError is a bare message ("... on line N"); from 4.3 ParseError carries
 * filename and lineno and prints "MESSAGE at NAME:LINE".
 */
export const TEMPLATE_SOURCE = String.raw`"""A simple template system that compiles templates to Python code."""
import datetime
import os.path
import re

import tornado
from tornado import escape
from tornado.log import app_log
from tornado.util import ObjectDict

# Before 4.3: no whitespace modes, ParseError without a position.
_LEGACY = tuple(tornado.version_info[:2]) < (4, 3)
# From 6.0 an include without a loader fails its assertion (before: None has no load).
_ASSERTS = tornado.version_info[0] >= 6

_DEFAULT_AUTOESCAPE = "xhtml_escape"


class _UnsetMarker(object):
    pass


_UNSET = _UnsetMarker()


def _whitespace_filter(mode, text):
    if mode == "all":
        return text
    if mode == "single":
        return re.sub(r"(\s*\n\s*)", "\n", re.sub(r"([\t ]+)", " ", text))
    if mode == "oneline":
        return re.sub(r"(\s+)", " ", text)
    raise Exception("invalid whitespace mode %s" % mode)


if not _LEGACY:

    def filter_whitespace(mode, text):
        """Transform whitespace in text: "all" keeps it, "single" collapses runs to one
        character (keeping line breaks), "oneline" collapses every run to one space."""
        return _whitespace_filter(mode, text)


def _default_whitespace(name, loader):
    if loader is not None and getattr(loader, "whitespace", None):
        return loader.whitespace
    if name.endswith(".html") or name.endswith(".js"):
        return "single"
    return "all"


class Template(object):
    """A compiled template: generate(**kwargs) runs it and returns UTF-8 bytes."""

    if _LEGACY:

        def __init__(self, template_string, name="<string>", loader=None,
                     compress_whitespace=None, autoescape=_UNSET):
            if compress_whitespace is None:
                compress_whitespace = name.endswith(".html") or name.endswith(".js")
            self._build(template_string, name, loader, autoescape,
                        "single" if compress_whitespace else "all")

    else:

        def __init__(self, template_string, name="<string>", loader=None,
                     compress_whitespace=_UNSET, autoescape=_UNSET, whitespace=None):
            name = escape.native_str(name)
            if not isinstance(compress_whitespace, _UnsetMarker):
                if whitespace is not None:
                    raise Exception("cannot set both whitespace and compress_whitespace")
                whitespace = "single" if compress_whitespace else "all"
            if whitespace is None:
                whitespace = _default_whitespace(name, loader)
            _whitespace_filter(whitespace, "")
            self._build(template_string, name, loader, autoescape, whitespace)

    def _build(self, template_string, name, loader, autoescape, whitespace):
        self.name = name
        if not isinstance(autoescape, _UnsetMarker):
            self.autoescape = autoescape
        elif loader:
            self.autoescape = loader.autoescape
        else:
            self.autoescape = _DEFAULT_AUTOESCAPE
        self.namespace = loader.namespace if loader else {}
        reader = _Reader(name, escape.native_str(template_string), whitespace)
        self.file = _File(self, _parse(reader, self))
        # Before 4.3 the compiling template's compression applies to all the text it pulls in.
        self.code = self._generate_python(loader, whitespace if _LEGACY else None)
        self.loader = loader
        try:
            self.compiled = compile(escape.to_unicode(self.code),
                                    "%s.generated.py" % self.name.replace(".", "_"),
                                    "exec", dont_inherit=True)
        except Exception:
            app_log.error("%s code:\n%s", self.name, _format_code(self.code).rstrip())
            raise

    def generate(self, **kwargs):
        """Generate this template with the given arguments."""
        namespace = {
            "escape": escape.xhtml_escape,
            "xhtml_escape": escape.xhtml_escape,
            "url_escape": escape.url_escape,
            "json_encode": escape.json_encode,
            "squeeze": escape.squeeze,
            "datetime": datetime,
            "_tt_utf8": escape.utf8,
            "_tt_string_types": (str, bytes),
            "__name__": self.name.replace(".", "_"),
            "__loader__": ObjectDict(get_source=lambda name: self.code),
        }
        if hasattr(escape, "linkify"):
            namespace["linkify"] = escape.linkify
        namespace.update(self.namespace)
        namespace.update(kwargs)
        exec(self.compiled, namespace)
        return namespace["_tt_execute"]()

    def _generate_python(self, loader, forced_whitespace):
        chain = self._get_ancestors(loader)
        chain.reverse()
        named_blocks = {}
        for f in chain:
            f.find_named_blocks(loader, named_blocks)
        writer = _CodeWriter(named_blocks, loader, chain[0].template, forced_whitespace)
        chain[0].generate(writer)
        return writer.text()

    def _get_ancestors(self, loader):
        chain = [self.file]
        for chunk in self.file.body.chunks:
            if isinstance(chunk, _ExtendsBlock):
                if not loader:
                    raise ParseError("{% extends %} block found, but no template loader")
                parent = loader.load(chunk.name, self.name)
                chain.extend(parent._get_ancestors(loader))
        return chain


class BaseLoader(object):
    """Base class for template loaders: loads each template once and caches it."""

    if _LEGACY:

        def __init__(self, autoescape=_DEFAULT_AUTOESCAPE, namespace=None):
            self._setup(autoescape, namespace)

    else:

        def __init__(self, autoescape=_DEFAULT_AUTOESCAPE, namespace=None, whitespace=None):
            self._setup(autoescape, namespace)
            self.whitespace = whitespace

    def _setup(self, autoescape, namespace):
        self.autoescape = autoescape
        self.namespace = namespace or {}
        self.templates = {}

    def reset(self):
        """Resets the cache of compiled templates."""
        self.templates = {}

    def resolve_path(self, name, parent_path=None):
        """Converts a possibly-relative path to absolute (used internally)."""
        raise NotImplementedError()

    def load(self, name, parent_path=None):
        """Loads a template."""
        name = self.resolve_path(name, parent_path=parent_path)
        if name not in self.templates:
            self.templates[name] = self._create_template(name)
        return self.templates[name]

    def _create_template(self, name):
        raise NotImplementedError()


def _relative_to_parent(name, parent_path):
    # A name given inside a template is relative to that template's directory.
    return (parent_path and not parent_path.startswith("<")
            and not parent_path.startswith("/") and not name.startswith("/"))


class Loader(BaseLoader):
    """A template loader that loads from a single root directory."""

    def __init__(self, root_directory, **kwargs):
        super(Loader, self).__init__(**kwargs)
        self.root = os.path.abspath(root_directory)

    def resolve_path(self, name, parent_path=None):
        if _relative_to_parent(name, parent_path):
            parent_dir = os.path.dirname(os.path.abspath(os.path.join(self.root, parent_path)))
            candidate = os.path.abspath(os.path.join(parent_dir, name))
            if candidate.startswith(self.root):
                name = candidate[len(self.root) + 1:]
        return name

    def _create_template(self, name):
        with open(os.path.join(self.root, name), "rb") as f:
            return Template(f.read(), name=name, loader=self)


class DictLoader(BaseLoader):
    """A template loader that loads from a dictionary."""

    def __init__(self, dict, **kwargs):
        super(DictLoader, self).__init__(**kwargs)
        self.dict = dict

    def resolve_path(self, name, parent_path=None):
        if _relative_to_parent(name, parent_path):
            name = os.path.normpath(os.path.join(os.path.dirname(parent_path), name))
        return name

    def _create_template(self, name):
        return Template(self.dict[name], name=name, loader=self)


class ParseError(Exception):
    """Raised for template syntax errors (from 4.3 with filename and lineno)."""

    if not _LEGACY:

        def __init__(self, message, filename=None, lineno=0):
            self.message = message
            self.filename = filename
            self.lineno = lineno

        def __str__(self):
            return "%s at %s:%d" % (self.message, self.filename, self.lineno)


# The tree. Each node writes its Python lines through the _CodeWriter.

class _Node(object):
    def each_child(self):
        return ()

    def generate(self, writer):
        raise NotImplementedError()

    def find_named_blocks(self, loader, named_blocks):
        for child in self.each_child():
            child.find_named_blocks(loader, named_blocks)


class _File(_Node):
    def __init__(self, template, body):
        self.template = template
        self.body = body
        self.line = 0

    def each_child(self):
        return (self.body,)

    def generate(self, writer):
        writer.write_line("def _tt_execute():", self.line)
        writer.open_buffer(self.line)
        self.body.generate(writer)
        writer.close_buffer(self.line)


class _ChunkList(_Node):
    def __init__(self, chunks):
        self.chunks = chunks

    def each_child(self):
        return self.chunks

    def generate(self, writer):
        for chunk in self.chunks:
            chunk.generate(writer)


class _NamedBlock(_Node):
    def __init__(self, name, body, template, line):
        self.name = name
        self.body = body
        self.template = template
        self.line = line

    def each_child(self):
        return (self.body,)

    def generate(self, writer):
        # The most derived template's block of this name is the one written.
        chosen = writer.named_blocks[self.name]
        writer.enter(chosen.template, self.line)
        try:
            chosen.body.generate(writer)
        finally:
            writer.leave()

    def find_named_blocks(self, loader, named_blocks):
        named_blocks[self.name] = self
        _Node.find_named_blocks(self, loader, named_blocks)


class _ExtendsBlock(_Node):
    def __init__(self, name):
        self.name = name


class _IncludeBlock(_Node):
    def __init__(self, name, reader, line):
        self.name = name
        self.template_name = reader.name
        self.line = line

    def find_named_blocks(self, loader, named_blocks):
        if _ASSERTS:
            assert loader is not None
        loader.load(self.name, self.template_name).file.find_named_blocks(loader, named_blocks)

    def generate(self, writer):
        included = writer.loader.load(self.name, self.template_name)
        writer.enter(included, self.line)
        try:
            included.file.body.generate(writer)
        finally:
            writer.leave()


class _ApplyBlock(_Node):
    def __init__(self, method, line, body):
        self.method = method
        self.line = line
        self.body = body

    def each_child(self):
        return (self.body,)

    def generate(self, writer):
        fname = "_tt_apply%d" % writer.apply_counter
        writer.apply_counter += 1
        writer.write_line("def %s():" % fname, self.line)
        writer.open_buffer(self.line)
        self.body.generate(writer)
        writer.close_buffer(self.line)
        writer.write_line("_tt_append(_tt_utf8(%s(%s())))" % (self.method, fname), self.line)


class _ControlBlock(_Node):
    def __init__(self, statement, line, body):
        self.statement = statement
        self.line = line
        self.body = body

    def each_child(self):
        return (self.body,)

    def generate(self, writer):
        writer.write_line("%s:" % self.statement, self.line)
        writer.depth += 1
        self.body.generate(writer)
        # The body may have written nothing.
        writer.write_line("pass", self.line)
        writer.depth -= 1


class _IntermediateControlBlock(_Node):
    def __init__(self, statement, line):
        self.statement = statement
        self.line = line

    def generate(self, writer):
        # Closes the clause before it (which may be empty) and opens its own.
        writer.write_line("pass", self.line)
        writer.write_line("%s:" % self.statement, self.line, writer.depth - 1)


class _Statement(_Node):
    def __init__(self, statement, line):
        self.statement = statement
        self.line = line

    def generate(self, writer):
        writer.write_line(self.statement, self.line)


class _Expression(_Node):
    def __init__(self, expression, line, raw=False):
        self.expression = expression
        self.line = line
        self.raw = raw

    def generate(self, writer):
        writer.write_line("_tt_tmp = %s" % self.expression, self.line)
        writer.write_line("if isinstance(_tt_tmp, _tt_string_types): _tt_tmp = _tt_utf8(_tt_tmp)",
                          self.line)
        writer.write_line("else: _tt_tmp = _tt_utf8(str(_tt_tmp))", self.line)
        escaper = writer.current_template.autoescape
        if not self.raw and escaper is not None:
            # Escaping functions return str: back to bytes.
            writer.write_line("_tt_tmp = _tt_utf8(%s(_tt_tmp))" % escaper, self.line)
        writer.write_line("_tt_append(_tt_tmp)", self.line)


class _Module(_Expression):
    def __init__(self, expression, line):
        _Expression.__init__(self, "_tt_modules." + expression, line, raw=True)


class _Text(_Node):
    def __init__(self, value, line, whitespace):
        self.value = value
        self.line = line
        self.whitespace = whitespace

    def generate(self, writer):
        value = self.value
        # Text holding <pre> keeps its whitespace.
        if "<pre>" not in value:
            value = _whitespace_filter(writer.forced_whitespace or self.whitespace, value)
        if value:
            writer.write_line("_tt_append(%r)" % escape.utf8(value), self.line)


class _CodeWriter(object):
    def __init__(self, named_blocks, loader, current_template, forced_whitespace):
        self.named_blocks = named_blocks
        self.loader = loader
        self.current_template = current_template
        self.forced_whitespace = forced_whitespace
        self.apply_counter = 0
        self.include_stack = []
        self.depth = 0
        self.lines = []

    def text(self):
        return "".join(line + "\n" for line in self.lines)

    def open_buffer(self, line):
        self.depth += 1
        self.write_line("_tt_buffer = []", line)
        self.write_line("_tt_append = _tt_buffer.append", line)

    def close_buffer(self, line):
        self.write_line("return _tt_utf8('').join(_tt_buffer)", line)
        self.depth -= 1

    def enter(self, template, line):
        self.include_stack.append((self.current_template, line))
        self.current_template = template

    def leave(self):
        self.current_template = self.include_stack.pop()[0]

    def write_line(self, line, line_number, indent=None):
        if indent is None:
            indent = self.depth
        where = "  # %s:%d" % (self.current_template.name, line_number)
        if self.include_stack:
            via = ["%s:%d" % (t.name, n) for (t, n) in reversed(self.include_stack)]
            where += " (via %s)" % ", ".join(via)
        self.lines.append("    " * indent + line + where)


class _Reader(object):
    """The template text with a cursor and the line the cursor is on."""

    def __init__(self, name, text, whitespace):
        self.name = name
        self.text = text
        self.whitespace = whitespace
        self.line = 1
        self.pos = 0

    def find(self, needle, start=0):
        found = self.text.find(needle, self.pos + start)
        return found - self.pos if found >= 0 else -1

    def consume(self, count=None):
        end = len(self.text) if count is None else self.pos + count
        taken = self.text[self.pos:end]
        self.line += taken.count("\n")
        self.pos = end
        return taken

    def remaining(self):
        return len(self.text) - self.pos

    def at(self, offset):
        return self.text[self.pos + offset]

    def fail(self, message, legacy_line=None):
        # Before 4.3 most messages end with the tag's line; a few have no position.
        if _LEGACY:
            if legacy_line is not None:
                message = "%s on line %d" % (message, legacy_line)
            raise ParseError(message)
        raise ParseError(message, self.name, self.line)


def _format_code(code):
    lines = code.splitlines()
    row = "%" + str(len(repr(len(lines) + 1))) + "d  %s\n"
    return "".join(row % (i + 1, line) for i, line in enumerate(lines))


_INTERMEDIATE = {
    "else": set(["if", "for", "while", "try"]),
    "elif": set(["if"]),
    "except": set(["try"]),
    "finally": set(["try"]),
}

_SIMPLE_TAGS = ("extends", "include", "set", "import", "from", "comment",
                "autoescape", "raw", "module") + (() if _LEGACY else ("whitespace",))


def _next_tag(reader):
    """Offset of the next {{, {% or {# (the innermost of a run of braces), or -1 at the end."""
    curly = 0
    while True:
        curly = reader.find("{", curly)
        if curly == -1 or curly + 1 == reader.remaining():
            return -1
        if reader.at(curly + 1) not in ("{", "%", "#"):
            curly += 1
            continue
        if curly + 2 < reader.remaining() and reader.at(curly + 1) == "{" and reader.at(curly + 2) == "{":
            curly += 1
            continue
        return curly


def _tag_contents(reader, closer, missing, line):
    end = reader.find(closer)
    if end == -1:
        reader.fail(missing[0] if _LEGACY else missing[1], line)
    contents = reader.consume(end).strip()
    reader.consume(2)
    return contents


def _parse(reader, template, in_block=None, in_loop=None):
    body = _ChunkList([])
    while True:
        curly = _next_tag(reader)
        if curly == -1:
            if in_block:
                reader.fail("Missing {%% end %%} block for %s" % in_block)
            body.chunks.append(_Text(reader.consume(), reader.line, reader.whitespace))
            return body
        if curly > 0:
            text = reader.consume(curly)
            body.chunks.append(_Text(text, reader.line, reader.whitespace))
        start_brace = reader.consume(2)
        line = reader.line

        # {{! {%! {#! stand for the braces themselves.
        if reader.remaining() and reader.at(0) == "!":
            reader.consume(1)
            body.chunks.append(_Text(start_brace, line, reader.whitespace))
            continue

        if start_brace == "{#":
            _tag_contents(reader, "#}", ("Missing end expression #}", "Missing end comment #}"), line)
            continue

        if start_brace == "{{":
            contents = _tag_contents(reader, "}}", ("Missing end expression }}",) * 2, line)
            if not contents:
                reader.fail("Empty expression", line)
            body.chunks.append(_Expression(contents, line))
            continue

        contents = _tag_contents(reader, "%}", ("Missing end block %}",) * 2, line)
        if not contents:
            reader.fail("Empty block tag ({% %})", line)
        operator, _sep, suffix = contents.partition(" ")
        suffix = suffix.strip()

        parents = _INTERMEDIATE.get(operator)
        if parents is not None:
            if not in_block:
                reader.fail("%s outside %s block" % (operator, parents))
            if in_block not in parents:
                reader.fail("%s block cannot be attached to %s block" % (operator, in_block))
            body.chunks.append(_IntermediateControlBlock(contents, line))
            continue

        if operator == "end":
            if not in_block:
                reader.fail("Extra {% end %} block", line)
            return body

        if operator in _SIMPLE_TAGS:
            node = _simple_tag(reader, template, operator, suffix, contents, line)
            if node is not None:
                body.chunks.append(node)
            continue

        if operator in ("apply", "block", "try", "if", "for", "while"):
            if operator in ("for", "while"):
                inner = _parse(reader, template, operator, operator)
            elif operator == "apply":
                # The applied body is a function of its own: a loop outside does not reach in.
                inner = _parse(reader, template, operator, None)
            else:
                inner = _parse(reader, template, operator, in_loop)
            if operator == "apply":
                if not suffix:
                    reader.fail("apply missing method name", line)
                body.chunks.append(_ApplyBlock(suffix, line, inner))
            elif operator == "block":
                if not suffix:
                    reader.fail("block missing name", line)
                body.chunks.append(_NamedBlock(suffix, inner, template, line))
            else:
                body.chunks.append(_ControlBlock(contents, line, inner))
            continue

        if operator in ("break", "continue"):
            if not in_loop:
                reader.fail("%s outside %s block" % (operator, set(["for", "while"])))
            body.chunks.append(_Statement(contents, line))
            continue

        reader.fail("unknown operator: %r" % operator)


def _simple_tag(reader, template, operator, suffix, contents, line):
    """The node of a tag without a body, or None for one that only changes the parse."""
    if operator == "comment":
        return None
    if operator in ("extends", "include"):
        path = suffix.strip('"').strip("'")
        if not path:
            reader.fail("%s missing file path" % operator, line)
        return _ExtendsBlock(path) if operator == "extends" else _IncludeBlock(path, reader, line)
    if operator in ("import", "from"):
        if not suffix:
            reader.fail("import missing statement", line)
        return _Statement(contents, line)
    if operator == "set":
        if not suffix:
            reader.fail("set missing statement", line)
        return _Statement(suffix, line)
    if operator == "autoescape":
        # Applies to the whole template, as it is read when the code is written.
        name = suffix.strip()
        template.autoescape = None if name == "None" else name
        return None
    if operator == "whitespace":
        mode = suffix.strip()
        _whitespace_filter(mode, "")
        reader.whitespace = mode
        return None
    if operator == "raw":
        return _Expression(suffix, line, raw=True)
    return _Module(suffix, line)
`;
