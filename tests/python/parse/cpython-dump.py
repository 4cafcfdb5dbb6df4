"""Prints CPython's own AST of each source in a JSON list (stdin) in the dump format
of src/python/parse/dump.ts, so the parser's trees can be compared with CPython's.
Prints a JSON list: the dump, or null when CPython does not compile the source."""
import ast
import json
import sys
import warnings
from decimal import Decimal

BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.MatMult: "@", ast.Div: "/", ast.FloorDiv: "//",
          ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^",
          ast.BitAnd: "&"}
UNARY = {ast.USub: "neg", ast.UAdd: "pos", ast.Invert: "inv", ast.Not: "not"}
CMPOPS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
          ast.Is: "is", ast.IsNot: "is-not", ast.In: "in", ast.NotIn: "not-in"}
CONVERSIONS = {115: "s", 114: "r", 97: "a"}


def js_number(v):
    """The text JavaScript's String(v) gives for a float."""
    if v != v:
        return "nan"
    if v in (float("inf"), float("-inf")):
        return "inf" if v > 0 else "-inf"
    if v == 0:
        return "-0" if str(v).startswith("-") else "0"
    sign, digits, exp = Decimal(repr(v)).normalize().as_tuple()
    ds = "".join(map(str, digits))
    n = len(ds) + exp  # the decimal point sits after n digits
    s = "-" if sign else ""
    if len(ds) <= n <= 21:
        return s + ds + "0" * (n - len(ds))
    if 0 < n <= 21:
        return s + ds[:n] + "." + ds[n:]
    if -6 < n <= 0:
        return s + "0." + "0" * (-n) + ds
    e = n - 1
    mant = ds[0] + ("." + ds[1:] if len(ds) > 1 else "")
    return s + mant + "e" + ("+" if e >= 0 else "-") + str(abs(e))


def dump_float(v):
    s = js_number(v)
    return s if s in ("nan", "inf", "-inf") or "." in s or "e" in s else s + ".0"


def dump_bytes(b):
    out = 'b"'
    for c in b:
        if c in (34, 92):
            out += "\\" + chr(c)
        elif 32 <= c < 127:
            out += chr(c)
        else:
            out += "\\x%02x" % c
    return out + '"'


def lst(head, items):
    return "(%s)" % head if not items else "(%s %s)" % (head, " ".join(items))


def by_position(nodes):
    return sorted(nodes, key=lambda n: (n.lineno, n.col_offset))


def arg(a):
    if isinstance(a, ast.keyword):
        return "(** %s)" % expr(a.value) if a.arg is None else "(kw %s %s)" % (a.arg, expr(a.value))
    if isinstance(a, ast.Starred):
        return "(* %s)" % expr(a.value)
    return expr(a)


def parts(values):
    out = []
    for v in values:
        if isinstance(v, ast.Constant):
            out.append(json.dumps(v.value, ensure_ascii=False))
        else:
            field = "{" + expr(v.value)
            if v.conversion in CONVERSIONS:
                field += " !" + CONVERSIONS[v.conversion]
            if v.format_spec is not None:
                field += " :" + expr(v.format_spec)
            out.append(field + "}")
    return " ".join(out)


def generator(g):
    head = "async-for" if g.is_async else "for"
    return lst(head, [expr(g.target), "in", expr(g.iter)] + ["(if %s)" % expr(c) for c in g.ifs])


def param(a, default=None, prefix=""):
    out = prefix + a.arg
    if a.annotation is not None:
        out += ":" + expr(a.annotation)
    if default is not None:
        out += "=" + expr(default)
    return out


def params(a):
    positional = a.posonlyargs + a.args
    defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    out = [param(p, d) for p, d in zip(a.posonlyargs, defaults)]
    if a.posonlyargs:
        out.append("/")
    out += [param(p, d) for p, d in zip(a.args, defaults[len(a.posonlyargs):])]
    if a.vararg:
        out.append(param(a.vararg, None, "*"))
    elif a.kwonlyargs:
        out.append("*")
    out += [param(p, d) for p, d in zip(a.kwonlyargs, a.kw_defaults)]
    if a.kwarg:
        out.append(param(a.kwarg, None, "**"))
    return "[" + ", ".join(out) + "]"


def expr(e):
    t = type(e)
    if t is ast.Name:
        return e.id
    if t is ast.Constant:
        v = e.value
        if v is None or v is True or v is False:
            return str(v)
        if v is Ellipsis:
            return "..."
        if isinstance(v, int):
            return str(v)
        if isinstance(v, float):
            return dump_float(v)
        if isinstance(v, complex):
            return dump_float(v.imag) + "j"
        if isinstance(v, str):
            return json.dumps(v, ensure_ascii=False)
        if isinstance(v, bytes):
            return dump_bytes(v)
    if t is ast.JoinedStr:
        return "(f)" if not e.values else "(f %s)" % parts(e.values)
    if t in (ast.Tuple, ast.List, ast.Set):
        return lst(t.__name__.lower(), [expr(x) for x in e.elts])
    if t is ast.Dict:
        return lst("dict", ["(%s %s)" % (expr(k), expr(v)) if k is not None else "(** %s)" % expr(v)
                            for k, v in zip(e.keys, e.values)])
    if t in (ast.ListComp, ast.SetComp, ast.GeneratorExp):
        head = {ast.ListComp: "listcomp", ast.SetComp: "setcomp", ast.GeneratorExp: "genexp"}[t]
        return lst(head, [expr(e.elt)] + [generator(g) for g in e.generators])
    if t is ast.DictComp:
        return lst("dictcomp", [expr(e.key), expr(e.value)] + [generator(g) for g in e.generators])
    if t is ast.Attribute:
        return "(. %s %s)" % (expr(e.value), e.attr)
    if t is ast.Subscript:
        return "(sub %s %s)" % (expr(e.value), expr(e.slice))
    if t is ast.Slice:
        return "(slice %s)" % " ".join("_" if x is None else expr(x) for x in (e.lower, e.upper, e.step))
    if t is ast.Call:
        return lst("call", [expr(e.func)] + [arg(a) for a in by_position(e.args + e.keywords)])
    if t is ast.BinOp:
        return "(%s %s %s)" % (BINOPS[type(e.op)], expr(e.left), expr(e.right))
    if t is ast.UnaryOp:
        return "(%s %s)" % (UNARY[type(e.op)], expr(e.operand))
    if t is ast.BoolOp:
        return lst("and" if isinstance(e.op, ast.And) else "or", [expr(v) for v in e.values])
    if t is ast.Compare:
        items = [expr(e.left)]
        for op, c in zip(e.ops, e.comparators):
            items += [CMPOPS[type(op)], expr(c)]
        return lst("cmp", items)
    if t is ast.IfExp:
        return "(ifexp %s %s %s)" % (expr(e.test), expr(e.body), expr(e.orelse))
    if t is ast.Lambda:
        return "(lambda %s %s)" % (params(e.args), expr(e.body))
    if t is ast.Yield:
        return "(yield %s)" % expr(e.value) if e.value is not None else "(yield)"
    if t is ast.YieldFrom:
        return "(yield-from %s)" % expr(e.value)
    if t is ast.Await:
        return "(await %s)" % expr(e.value)
    if t is ast.NamedExpr:
        return "(:= %s %s)" % (expr(e.target), expr(e.value))
    if t is ast.Starred:
        return "(* %s)" % expr(e.value)
    raise ValueError("unknown expression " + t.__name__)


def block(body, depth):
    out = []
    for s in body:
        out += stmt(s, depth)
    return out


def compound(depth, header, sections):
    lines = ["  " * depth + header]
    for clause, body in sections:
        if clause is not None:
            lines.append("  " * depth + " " + clause)
        lines += block(body, depth + 1)
    lines[-1] += ")"
    return lines


def with_else(body, orelse):
    return [(None, body)] + ([("else", orelse)] if orelse else [])


def alias(a):
    return a.name + (" as " + a.asname if a.asname else "")


def stmt(s, depth):
    t = type(s)
    one = lambda text: ["  " * depth + text]
    if t is ast.Expr:
        return one("(expr %s)" % expr(s.value))
    if t is ast.Assign:
        return one("(assign [%s] %s)" % (" ".join(expr(x) for x in s.targets), expr(s.value)))
    if t is ast.AugAssign:
        return one("(augassign %s %s= %s)" % (expr(s.target), BINOPS[type(s.op)], expr(s.value)))
    if t is ast.AnnAssign:
        items = [expr(s.target), expr(s.annotation)] + ([expr(s.value)] if s.value is not None else [])
        return one(lst("annassign", items))
    if t in (ast.FunctionDef, ast.AsyncFunctionDef):
        header = "(%s %s %s" % ("async-def" if t is ast.AsyncFunctionDef else "def", s.name, params(s.args))
        if s.returns is not None:
            header += " -> " + expr(s.returns)
        for d in s.decorator_list:
            header += " @" + expr(d)
        return compound(depth, header, [(None, s.body)])
    if t is ast.ClassDef:
        header = "(class %s [%s]" % (s.name, " ".join(arg(a) for a in by_position(s.bases + s.keywords)))
        for d in s.decorator_list:
            header += " @" + expr(d)
        return compound(depth, header, [(None, s.body)])
    if t is ast.Return:
        return one("(return %s)" % expr(s.value) if s.value is not None else "(return)")
    if t is ast.If:
        return compound(depth, "(if %s" % expr(s.test), with_else(s.body, s.orelse))
    if t is ast.While:
        return compound(depth, "(while %s" % expr(s.test), with_else(s.body, s.orelse))
    if t in (ast.For, ast.AsyncFor):
        head = "async-for" if t is ast.AsyncFor else "for"
        return compound(depth, "(%s %s in %s" % (head, expr(s.target), expr(s.iter)), with_else(s.body, s.orelse))
    if t is ast.Try:
        sections = [(None, s.body)]
        for h in s.handlers:
            clause = "except"
            if h.type is not None:
                clause += " " + expr(h.type)
            if h.name:
                clause += " as " + h.name
            sections.append((clause, h.body))
        if s.orelse:
            sections.append(("else", s.orelse))
        if s.finalbody:
            sections.append(("finally", s.finalbody))
        return compound(depth, "(try", sections)
    if t in (ast.With, ast.AsyncWith):
        items = [expr(i.context_expr) + (" as " + expr(i.optional_vars) if i.optional_vars is not None else "")
                 for i in s.items]
        head = "async-with" if t is ast.AsyncWith else "with"
        return compound(depth, "(%s [%s]" % (head, ", ".join(items)), [(None, s.body)])
    if t is ast.Raise:
        if s.exc is None:
            return one("(raise)")
        if s.cause is not None:
            return one("(raise %s from %s)" % (expr(s.exc), expr(s.cause)))
        return one("(raise %s)" % expr(s.exc))
    if t is ast.Assert:
        return one(lst("assert", [expr(s.test)] + ([expr(s.msg)] if s.msg is not None else [])))
    if t is ast.Delete:
        return one(lst("del", [expr(x) for x in s.targets]))
    if t in (ast.Pass, ast.Break, ast.Continue):
        return one("(%s)" % t.__name__.lower())
    if t is ast.Import:
        return one("(import %s)" % ", ".join(alias(a) for a in s.names))
    if t is ast.ImportFrom:
        return one("(from %s%s import %s)" % ("." * s.level, s.module or "", ", ".join(alias(a) for a in s.names)))
    if t in (ast.Global, ast.Nonlocal):
        return one(lst(t.__name__.lower(), s.names))
    raise ValueError("unknown statement " + t.__name__)


warnings.simplefilter("ignore")
results = []
for source in json.load(sys.stdin):
    try:
        tree = ast.parse(source)
        compile(source, "<case>", "exec")
    except (SyntaxError, ValueError):
        results.append(None)
        continue
    try:
        results.append("\n".join(block(tree.body, 0)))
    except ValueError as e:
        results.append("unsupported: %s" % e)
json.dump(results, sys.stdout)
