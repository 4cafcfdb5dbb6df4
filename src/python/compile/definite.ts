/**
 * Definite assignment: which reads of a function's local variables happen where the
 * variable is bound on every path, so the compiled read needs no UnboundLocalError
 * check. Conservative: a loop or `try` body is analyzed as if any statement in it may
 * be the first or the last to run, a `with` body as if it may stop anywhere, and a name
 * that a nested function declares `nonlocal` (it could `del` it) is never trusted.
 */
import type * as A from "../ast";
import { patternExprs, patternNames } from "../parse/diagnostics/walk";

type Names = Set<string>;

/** The name loads (AST nodes) that are safe to compile without a check. */
export function safeLoads(body: readonly A.Stmt[], params: Iterable<string>): WeakSet<A.NameExpr> {
  const safe = new WeakSet<A.NameExpr>();
  const untrusted = new Set<string>();
  collectNonlocals(body, untrusted, false);
  const walker = new Walker(safe, untrusted);
  walker.block(body, new Set([...params].filter((p) => !untrusted.has(p))));
  return safe;
}

/** Mark as safe the loads of `names` in `exprs` (a comprehension's reads of its own loop variables). */
export function markSafe(exprs: readonly A.Expr[], names: Iterable<string>, into: WeakSet<A.NameExpr>): void {
  const walker = new Walker(into, new Set());
  const s = new Set(names);
  for (const e of exprs) walker.expr(e, s);
}

/** Names declared `nonlocal` in functions nested (at any depth) in `body`. */
function collectNonlocals(body: readonly A.Stmt[], out: Names, nested: boolean): void {
  const visit = (s: A.Stmt): void => {
    switch (s.kind) {
      case "nonlocal":
        if (nested) for (const n of s.names) out.add(n);
        break;
      case "functiondef":
        collectNonlocals(s.body, out, true);
        break;
      case "classdef":
        collectNonlocals(s.body, out, nested);
        break;
      case "if":
      case "while":
        collectNonlocals(s.body, out, nested);
        collectNonlocals(s.orelse, out, nested);
        break;
      case "for":
        collectNonlocals(s.body, out, nested);
        collectNonlocals(s.orelse, out, nested);
        break;
      case "try":
        collectNonlocals(s.body, out, nested);
        for (const h of s.handlers) collectNonlocals(h.body, out, nested);
        collectNonlocals(s.orelse, out, nested);
        collectNonlocals(s.finalbody, out, nested);
        break;
      case "with":
        collectNonlocals(s.body, out, nested);
        break;
      default:
        break;
    }
  };
  for (const s of body) visit(s);
}

/** Names a block may unbind: `del` targets and `except ... as` names (deleted after the handler). */
function deletedIn(body: readonly A.Stmt[], out: Names = new Set()): Names {
  for (const s of body) {
    switch (s.kind) {
      case "delete":
        for (const t of s.targets) for (const n of targetNames(t)) out.add(n);
        break;
      case "if":
      case "while":
      case "for":
        deletedIn(s.body, out);
        deletedIn(s.orelse, out);
        break;
      case "try":
        deletedIn(s.body, out);
        for (const h of s.handlers) {
          if (h.name) out.add(h.name);
          deletedIn(h.body, out);
        }
        deletedIn(s.orelse, out);
        deletedIn(s.finalbody, out);
        break;
      case "with":
        deletedIn(s.body, out);
        break;
      case "match":
        for (const c of s.cases) deletedIn(c.body, out);
        break;
      default:
        break;
    }
  }
  return out;
}

/** The plain names an assignment target binds (`x`, `a, (b, *c)`). */
function targetNames(t: A.Expr): string[] {
  switch (t.kind) {
    case "name":
      return [t.id];
    case "tuple":
    case "list":
      return t.elts.flatMap(targetNames);
    case "starred":
      return targetNames(t.value);
    default:
      return [];
  }
}

function minus(a: Names, b: Names): Names {
  const out = new Set(a);
  for (const n of b) out.delete(n);
  return out;
}

function intersect(sets: readonly Names[]): Names {
  const [first, ...rest] = sets;
  if (!first) return new Set();
  return new Set([...first].filter((n) => rest.every((s) => s.has(n))));
}

class Walker {
  constructor(
    private readonly safe: WeakSet<A.NameExpr>,
    private readonly untrusted: Names,
  ) {}

  private bind(s: Names, names: Iterable<string>): void {
    for (const n of names) if (!this.untrusted.has(n)) s.add(n);
  }

  /** Analyze a block starting from `s` (which it updates); returns the set after it. */
  block(body: readonly A.Stmt[], s: Names): Names {
    for (const st of body) s = this.stmt(st, s);
    return s;
  }

  /** Loads inside an assignment target (`a.b`, `x[i]`), evaluated before the names are bound. */
  private targetLoads(t: A.Expr, s: Names): void {
    switch (t.kind) {
      case "name":
        break;
      case "tuple":
      case "list":
        for (const e of t.elts) this.targetLoads(e, s);
        break;
      case "starred":
        this.targetLoads(t.value, s);
        break;
      default:
        this.expr(t, s);
    }
  }

  private stmt(st: A.Stmt, s: Names): Names {
    switch (st.kind) {
      case "expr":
        this.expr(st.value, s);
        return s;
      case "assign":
        this.expr(st.value, s);
        for (const t of st.targets) this.targetLoads(t, s);
        for (const t of st.targets) this.bind(s, targetNames(t));
        return s;
      case "augassign":
        this.expr(st.target, s);
        this.expr(st.value, s);
        this.bind(s, targetNames(st.target));
        return s;
      case "annassign":
        if (st.value) {
          this.expr(st.value, s);
          this.targetLoads(st.target, s);
          this.bind(s, targetNames(st.target));
        }
        return s;
      case "functiondef":
        for (const d of st.decorators) this.expr(d, s);
        for (const p of [...st.params.posonly, ...st.params.args, ...st.params.kwonly]) {
          if (p.default) this.expr(p.default, s);
        }
        this.bind(s, [st.name]);
        return s;
      case "classdef":
        for (const d of st.decorators) this.expr(d, s);
        for (const a of st.bases) this.expr(a.value, s);
        this.bind(s, [st.name]);
        return s;
      case "return":
        if (st.value) this.expr(st.value, s);
        return s;
      case "if": {
        this.expr(st.test, s);
        const a = this.block(st.body, new Set(s));
        const b = this.block(st.orelse, new Set(s));
        return intersect([a, b]);
      }
      case "while": {
        const entry = minus(s, new Set([...deletedIn(st.body), ...deletedIn(st.orelse)]));
        this.expr(st.test, entry);
        this.block(st.body, new Set(entry));
        this.block(st.orelse, new Set(entry));
        return entry;
      }
      case "for": {
        this.expr(st.iter, s);
        const entry = minus(s, new Set([...deletedIn(st.body), ...deletedIn(st.orelse)]));
        const inBody = new Set(entry);
        this.targetLoads(st.target, inBody);
        this.bind(inBody, targetNames(st.target));
        this.block(st.body, inBody);
        this.block(st.orelse, new Set(entry));
        return entry;
      }
      case "try": {
        const entry = minus(s, deletedIn([st]));
        const afterBody = this.block(st.body, new Set(entry));
        const ends = [this.block(st.orelse, afterBody)];
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type, entry);
          const inHandler = new Set(entry);
          if (h.name) this.bind(inHandler, [h.name]);
          const end = this.block(h.body, inHandler);
          if (h.name) end.delete(h.name);
          ends.push(end);
        }
        const after = intersect(ends);
        if (!st.finalbody.length) return after;
        const fin = this.block(st.finalbody, new Set(entry));
        return new Set([...after, ...fin]);
      }
      case "with": {
        for (const item of st.items) {
          this.expr(item.context, s);
          if (item.target) {
            this.targetLoads(item.target, s);
            this.bind(s, targetNames(item.target));
          }
        }
        const entry = minus(s, deletedIn(st.body));
        this.block(st.body, new Set(entry));
        return entry;
      }
      case "match": {
        this.expr(st.subject, s);
        // No case may match: only what was bound before is certain afterwards.
        const ends = [s];
        for (const c of st.cases) {
          const inCase = new Set(s);
          for (const e of patternExprs(c.pattern)) this.expr(e, inCase);
          this.bind(inCase, patternNames(c.pattern));
          if (c.guard) this.expr(c.guard, inCase);
          ends.push(this.block(c.body, inCase));
        }
        return intersect(ends);
      }
      case "raise":
        if (st.exc) this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        return s;
      case "assert":
        this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, s);
        return s;
      case "delete":
        for (const t of st.targets) this.targetLoads(t, s);
        for (const t of st.targets) for (const n of targetNames(t)) s.delete(n);
        return s;
      case "import":
        this.bind(
          s,
          st.names.map((a) => a.asname ?? a.name.split(".")[0]!),
        );
        return s;
      case "importfrom":
        this.bind(
          s,
          st.names.filter((a) => a.name !== "*").map((a) => a.asname ?? a.name),
        );
        return s;
      case "print":
        for (const v of st.values) this.expr(v, s);
        if (st.dest) this.expr(st.dest, s);
        return s;
      case "global":
      case "nonlocal":
      case "pass":
      case "break":
      case "continue":
        return s;
    }
  }

  /** Mark the loads in `e` that `s` covers. Nested scopes (lambdas, comprehensions) are left alone. */
  expr(e: A.Expr, s: Names): void {
    switch (e.kind) {
      case "name":
        if (s.has(e.id)) this.safe.add(e);
        return;
      case "const":
      case "str":
      case "bytes":
      case "lambda":
        return;
      case "fstring":
        for (const p of e.parts) {
          if (p.kind === "field") {
            this.expr(p.value, s);
            if (p.spec) this.expr(p.spec, s);
          }
        }
        return;
      case "tuple":
      case "list":
      case "set":
        for (const x of e.elts) this.expr(x, s);
        return;
      case "dict":
        for (const en of e.entries) {
          if (en.key) this.expr(en.key, s);
          this.expr(en.value, s);
        }
        return;
      case "listcomp":
      case "setcomp":
      case "genexp":
      case "dictcomp":
        // Only the first iterable is evaluated in this scope.
        this.expr(e.generators[0]!.iter, s);
        return;
      case "attribute":
        this.expr(e.value, s);
        return;
      case "subscript":
        this.expr(e.value, s);
        this.expr(e.index, s);
        return;
      case "slice":
        if (e.lower) this.expr(e.lower, s);
        if (e.upper) this.expr(e.upper, s);
        if (e.step) this.expr(e.step, s);
        return;
      case "call":
        this.expr(e.func, s);
        for (const a of e.args) this.expr(a.value, s);
        return;
      case "binop":
        this.expr(e.left, s);
        this.expr(e.right, s);
        return;
      case "unary":
        this.expr(e.operand, s);
        return;
      case "boolop":
        // Later operands may not run, but a load there is safe if the name was bound before.
        for (const v of e.values) this.expr(v, s);
        return;
      case "compare":
        this.expr(e.left, s);
        for (const c of e.comparators) this.expr(c, s);
        return;
      case "ifexp":
        this.expr(e.test, s);
        this.expr(e.body, s);
        this.expr(e.orelse, s);
        return;
      case "yield":
        if (e.value) this.expr(e.value, s);
        return;
      case "yieldfrom":
      case "await":
      case "starred":
        this.expr(e.value, s);
        return;
      case "named":
        // The walrus binds after its value; later reads in the same expression are not trusted.
        this.expr(e.value, s);
        return;
    }
  }
}
