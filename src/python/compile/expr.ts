/**
 * Expressions to JavaScript expressions. Every operation goes through a `$`-helper
 * (see `runtime-helpers.ts`), so compiled code never touches a host object directly.
 */
import type * as A from "../ast";
import { Ctx, jsName, jsString } from "./context";
import { compileFunctionValue } from "./function";
import { compileComprehension } from "./comprehension";
import { CompileError } from "./errors";

const BINOP_HELPER: Record<A.BinOp, string> = {
  "+": "$add",
  "-": "$sub",
  "*": "$mul",
  "/": "$div",
  "//": "$fdiv",
  "%": "$mod",
  "**": "$pow",
  "@": "$matmul",
  "<<": "$lsh",
  ">>": "$rsh",
  "&": "$band",
  "|": "$bor",
  "^": "$bxor",
};

const CMP_HELPER: Record<A.CmpOp, string> = {
  "==": "$eq",
  "!=": "$ne",
  "<": "$lt",
  "<=": "$le",
  ">": "$gt",
  ">=": "$ge",
  is: "$is",
  "is not": "$isnot",
  in: "$in",
  "not in": "$notin",
};

/** The comparisons whose value is not always a bool (rich comparison dunders may return anything). */
const CMP_VALUE_HELPER: Partial<Record<A.CmpOp, string>> = {
  "==": "$eqv",
  "!=": "$nev",
  "<": "$ltv",
  "<=": "$lev",
  ">": "$gtv",
  ">=": "$gev",
};

/** A global read: through a cache cell of its own inside functions (where reads repeat). */
function loadGlobal(ctx: Ctx, id: string): string {
  const q = jsString(id);
  if (ctx.scope.kind === "module" || ctx.scope.kind === "class") return `$lg(${q})`;
  return `$lgc(${ctx.mod.constant(`{v: undefined, g: -2, b: -2, n: ${q}}`)}, ${q})`;
}

/** Load a name as the scope rules say. */
export function loadName(ctx: Ctx, id: string): string {
  const scope = ctx.scope;
  const q = jsString(id);
  if (scope.kind === "module") return `$lg(${q})`;
  if (scope.kind === "class") {
    // A name the class body binds itself is looked up as LOAD_NAME does: the class
    // namespace, then globals; only free names fall back to an enclosing function.
    const outer = scope.globals.has(id) || scope.isLocal(id) ? `$lg(${q})` : freeOrGlobal(ctx, id);
    return `$lc(${ctx.classNs}, ${q}, () => ${outer})`;
  }
  if (scope.globals.has(id)) return loadGlobal(ctx, id);
  if (scope.isLocal(id)) return scope.params.has(id) ? jsName(id) : `$chk(${jsName(id)}, ${q})`;
  // In a method (or a function nested in one), an unbound `__class__` is the implicit
  // cell holding the class being defined, as zero-argument super() uses.
  if (id === "__class__" && !scope.nonlocals.has(id) && !scope.resolveFree(id)) {
    const cell = findClassCell(ctx);
    if (cell !== null) return `$chkf(${cell}, ${q})`;
  }
  return freeOrGlobal(ctx, id);
}

function freeOrGlobal(ctx: Ctx, id: string): string {
  if (ctx.scope.nonlocals.has(id) || ctx.scope.resolveFree(id)) return `$chkf(${jsName(id)}, ${jsString(id)})`;
  return loadGlobal(ctx, id);
}

/** Store to a name: returns a JS statement-expression that assigns `value`. */
export function storeName(ctx: Ctx, id: string, value: string): string {
  const scope = ctx.scope;
  const q = jsString(id);
  if (scope.kind === "module" || scope.globals.has(id)) return `$g.set(${q}, ${value})`;
  if (scope.kind === "class") return `${ctx.classNs}.set(${q}, ${value})`;
  return `${jsName(id)} = ${value}`;
}

export function deleteName(ctx: Ctx, id: string): string {
  const scope = ctx.scope;
  const q = jsString(id);
  if (scope.kind === "module" || scope.globals.has(id)) return `$delg($g, ${q})`;
  if (scope.kind === "class") return `$delg(${ctx.classNs}, ${q})`;
  return `(${loadName(ctx, id)}, ${jsName(id)} = undefined)`;
}

function intLiteral(v: bigint): string {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return String(v);
  return `${v}n`;
}

function floatJs(v: number): string {
  return Number.isNaN(v) ? "NaN" : v === Infinity ? "Infinity" : Object.is(v, -0) ? "-0" : String(v);
}

function floatLiteral(ctx: Ctx, v: number): string {
  return ctx.mod.constant(`$float(${floatJs(v)})`);
}

/** A JS boolean for a Python truth test. */
export function test(ctx: Ctx, e: A.Expr): string {
  if (e.kind === "compare") return compareTest(ctx, e);
  if (e.kind === "unary" && e.op === "not") return expr(ctx, e);
  if (e.kind === "boolop") {
    const parts = e.values.map((v) => test(ctx, v));
    return "(" + parts.join(e.op === "and" ? " && " : " || ") + ")";
  }
  return `$truthy(${expr(ctx, e)})`;
}

/** A call's arguments as JS: `parts` are the helper's arguments after the callee (`js` joins them). */
function args(ctx: Ctx, list: readonly A.Arg[]): { simple: string[] | null; js: string; parts: string[] } {
  const hasStar = list.some((a) => a.kind === "star" || a.kind === "doubleStar");
  const hasKw = list.some((a) => a.kind === "keyword");
  if (!hasStar && !hasKw) {
    const simple = list.map((a) => expr(ctx, a.value));
    return { simple, js: `[${simple.join(", ")}]`, parts: [`[${simple.join(", ")}]`] };
  }
  if (!hasStar) {
    const pos = list.filter((a) => a.kind === "positional").map((a) => expr(ctx, a.value));
    const kw = list.filter((a): a is Extract<A.Arg, { kind: "keyword" }> => a.kind === "keyword");
    const names = ctx.mod.constant(`[${kw.map((k) => jsString(k.name)).join(", ")}]`);
    const parts = [
      `[${pos.join(", ")}]`,
      `{names: ${names}, values: [${kw.map((k) => expr(ctx, k.value)).join(", ")}]}`,
    ];
    return { simple: null, js: parts.join(", "), parts };
  }
  // General form: a list of [kind, value] parts the helper flattens.
  const parts = list.map((a) => {
    switch (a.kind) {
      case "positional":
        return `[0, ${expr(ctx, a.value)}]`;
      case "star":
        return `[1, ${expr(ctx, a.value)}]`;
      case "keyword":
        return `[2, ${expr(ctx, a.value)}, ${jsString(a.name)}]`;
      case "doubleStar":
        return `[3, ${expr(ctx, a.value)}]`;
    }
  });
  return { simple: null, js: `[${parts.join(", ")}]`, parts: [`[${parts.join(", ")}]`] };
}

/**
 * A helper call for an operation that can raise: its last argument (evaluated last)
 * first records the operation's span in the frame (`$f.p`), which tracebacks read.
 */
function tracked(ctx: Ctx, span: A.Span | undefined, helper: string, argv: readonly string[], method?: A.Span): string {
  const last = argv.length - 1;
  return `${helper}(${argv.map((a, i) => (i === last ? at(ctx, span, a, method) : a)).join(", ")})`;
}

/**
 * The JS `js`, made to record `span` as the frame's current operation once evaluated.
 * A method call also records its attribute's span (`method`), which marks a failed lookup.
 */
export function at(ctx: Ctx, span: A.Span | undefined, js: string, method?: A.Span): string {
  if (!span) return js;
  let anchor = span.anchor ? `, ${span.anchor[0]}, ${span.anchor[1]}, ${span.subscript ? 1 : 0}` : "";
  if (method && !span.anchor) anchor = `, ${method.line}, ${method.col}, ${method.endLine}, ${method.endCol}`;
  const k = ctx.mod.constant(`[${ctx.stmtLine}, ${span.line}, ${span.col}, ${span.endLine}, ${span.endCol}${anchor}]`);
  return `$f.at(${js}, ${k})`;
}

function call(ctx: Ctx, e: A.CallExpr): string {
  const a = args(ctx, e.args);
  const hasStar = e.args.some((x) => x.kind === "star" || x.kind === "doubleStar");
  // Zero-argument super() inside a method: bind the class cell and the first argument.
  if (e.func.kind === "name" && e.func.id === "super" && e.args.length === 0 && isBuiltinName(ctx, "super")) {
    const cell = findClassCell(ctx);
    const first = findFirstParam(ctx);
    return `$super0(${cell ?? "undefined"}, ${first ?? "undefined"})`;
  }
  // globals(), locals(), vars() and dir() read the caller's namespaces, which only the call site knows.
  if (
    e.func.kind === "name" &&
    NAMESPACE_CALLS.has(e.func.id) &&
    e.args.length === 0 &&
    isBuiltinName(ctx, e.func.id)
  ) {
    return `$nscall(${expr(ctx, e.func)}, ${jsString(e.func.id)}, ${localsOf(ctx)})`;
  }
  // eval(s) and exec(s) run in the caller's globals and locals by default.
  if (e.func.kind === "name" && CODE_CALLS.has(e.func.id) && a.simple && isBuiltinName(ctx, e.func.id)) {
    return `$codecall(${expr(ctx, e.func)}, ${jsString(e.func.id)}, ${localsOf(ctx)}, [${a.simple.join(", ")}])`;
  }
  if (e.func.kind === "attribute" && a.simple) {
    const o = expr(ctx, e.func.value);
    const name = jsString(e.func.attr);
    const method = e.func.span;
    if (a.simple.length <= 2) return tracked(ctx, e.span, `$callm${a.simple.length}`, [o, name, ...a.simple], method);
    return tracked(ctx, e.span, "$callm", [o, name, a.js], method);
  }
  const f = expr(ctx, e.func);
  // Up to three positional arguments go without an array to functions that take exactly them.
  if (a.simple && a.simple.length <= 3) return tracked(ctx, e.span, `$call${a.simple.length}`, [f, ...a.simple]);
  if (a.simple) return tracked(ctx, e.span, "$call", [f, a.js]);
  return tracked(ctx, e.span, hasStar ? "$callex" : "$callkw", [f, ...a.parts]);
}

const NAMESPACE_CALLS = new Set(["globals", "locals", "vars", "dir"]);
const CODE_CALLS = new Set(["eval", "exec"]);

/**
 * What `locals()` sees here, as JS: null at module level (the globals), the class
 * namespace Map in a class body, or a function returning the bound locals' names and values.
 */
function localsOf(ctx: Ctx): string {
  const scope = ctx.scope;
  if (scope.kind === "module") return "null";
  if (scope.kind === "class") return ctx.classNs!;
  const names = [...scope.bound].filter((n) => scope.isLocal(n));
  return `() => [${names.map((n) => `[${jsString(n)}, ${jsName(n)}]`).join(", ")}]`;
}

function isBuiltinName(ctx: Ctx, id: string): boolean {
  for (let c: Ctx | null = ctx; c; c = c.parent) {
    if (c.scope.kind === "module") return !c.scope.bound.has(id);
    if (c.scope.kind !== "class" && c.scope.isLocal(id)) return false;
  }
  return true;
}

function findClassCell(ctx: Ctx): string | null {
  for (let c: Ctx | null = ctx; c; c = c.parent) if (c.classCell) return c.classCell;
  return null;
}

function findFirstParam(ctx: Ctx): string | null {
  // The first parameter of the innermost real function (not a comprehension or lambda-less class body).
  for (let c: Ctx | null = ctx; c; c = c.parent) {
    if (c.scope.kind === "function") return c.firstParam;
    if (c.scope.kind === "class" || c.scope.kind === "module") return null;
  }
  return null;
}

function fstring(ctx: Ctx, e: A.FStringExpr): string {
  const parts = e.parts.map((p) => {
    if (p.kind === "text") return jsString(p.value);
    const value = expr(ctx, p.value);
    const spec = p.spec ? fstring(ctx, p.spec) : '""';
    const conv = p.conversion ? jsString(p.conversion) : "null";
    // `{x=}` shows repr by default when there is no spec or conversion.
    const conversion = p.selfDoc && !p.conversion && !p.spec ? '"r"' : conv;
    const field = `$fmtv(${value}, ${conversion}, ${spec})`;
    return p.selfDoc ? `${jsString(p.selfDoc)} + ${field}` : field;
  });
  return parts.length ? "(" + parts.join(" + ") + ")" : '""';
}

/** Compile an expression to a JS expression. */
export function expr(ctx: Ctx, e: A.Expr): string {
  switch (e.kind) {
    case "name":
      if (ctx.safeLoads?.has(e) && ctx.scope.kind !== "module" && ctx.scope.kind !== "class") {
        const scope = ctx.scope;
        if (!scope.globals.has(e.id) && scope.isLocal(e.id)) return jsName(e.id);
      }
      return loadName(ctx, e.id);
    case "const": {
      const v = e.value;
      switch (v.type) {
        case "none":
          return "$None";
        case "bool":
          return v.value ? "true" : "false";
        case "ellipsis":
          return "$Ellipsis";
        case "int":
          return intLiteral(v.value);
        case "float":
          return floatLiteral(ctx, v.value);
        case "complex":
          return ctx.mod.constant(`$imag(${floatJs(v.imag)})`);
      }
      break;
    }
    case "str":
      return jsString(e.value);
    case "bytes":
      return ctx.mod.constant(`$bytes([${e.value.join(",")}])`);
    case "fstring":
      return fstring(ctx, e);
    case "tuple":
      return `$tuple(${elements(ctx, e.elts)})`;
    case "list":
      return `$list(${elements(ctx, e.elts)})`;
    case "set":
      if (e.elts.length > 2 && e.elts.every(isFoldedConstant)) return `$setc(${elements(ctx, e.elts)})`;
      if (e.elts.some((x) => x.kind === "starred")) {
        const parts = e.elts.map((x) =>
          x.kind === "starred" ? `$STAR, $unpackSet(${expr(ctx, x.value)})` : expr(ctx, x),
        );
        return `$setx([${parts.join(", ")}])`;
      }
      return `$set(${elements(ctx, e.elts)})`;
    case "dict": {
      if (e.entries.every((en) => en.key)) {
        const kv = e.entries.map((en) => `${expr(ctx, en.key!)}, ${expr(ctx, en.value)}`);
        return `$dict([${kv.join(", ")}])`;
      }
      const parts = e.entries.map((en) =>
        en.key ? `[${expr(ctx, en.key)}, ${expr(ctx, en.value)}]` : `[$STAR, ${expr(ctx, en.value)}]`,
      );
      return `$dictx([${parts.join(", ")}])`;
    }
    case "listcomp":
    case "setcomp":
    case "genexp":
    case "dictcomp":
      return compileComprehension(ctx, e);
    case "attribute":
      return `$ga(${at(ctx, e.span, expr(ctx, e.value))}, ${jsString(e.attr)})`;
    case "subscript":
      return tracked(ctx, e.span, "$gi", [expr(ctx, e.value), expr(ctx, e.index)]);
    case "slice":
      return `$slice(${e.lower ? expr(ctx, e.lower) : "$None"}, ${e.upper ? expr(ctx, e.upper) : "$None"}, ${e.step ? expr(ctx, e.step) : "$None"})`;
    case "call":
      return call(ctx, e);
    case "binop":
      return tracked(ctx, e.span, BINOP_HELPER[e.op], [expr(ctx, e.left), expr(ctx, e.right)]);
    case "unary":
      if (e.op === "not") return `!${test(ctx, e.operand)}`;
      return tracked(ctx, e.span, "$unary", [jsString(e.op), expr(ctx, e.operand)]);
    case "boolop": {
      // `a and b` is a if a is falsy else b (the value, not a bool).
      let out = expr(ctx, e.values[e.values.length - 1]!);
      for (let i = e.values.length - 2; i >= 0; i--) {
        const t = ctx.temp();
        const v = expr(ctx, e.values[i]!);
        out = e.op === "and" ? `($truthy(${t} = ${v}) ? ${out} : ${t})` : `($truthy(${t} = ${v}) ? ${t} : ${out})`;
      }
      return out;
    }
    case "compare":
      return compareValue(ctx, e);
    case "ifexp":
      return `(${test(ctx, e.test)} ? ${expr(ctx, e.body)} : ${expr(ctx, e.orelse)})`;
    case "lambda":
      return compileFunctionValue(
        ctx,
        e,
        "<lambda>",
        e.params,
        [{ kind: "return", value: e.body, line: e.line, col: e.col }],
        false,
        null,
      );
    case "yield":
      if (!ctx.isGenerator) throw new CompileError(e, "SyntaxError", "'yield' outside function");
      if (ctx.asyncGen) return `(yield $agyield(${e.value ? expr(ctx, e.value) : "$None"}))`;
      return `(yield ${e.value ? expr(ctx, e.value) : "$None"})`;
    case "yieldfrom":
      if (!ctx.isGenerator) throw new CompileError(e, "SyntaxError", "'yield' outside function");
      if (ctx.asyncGen) throw new CompileError(e, "SyntaxError", "'yield from' inside async function");
      return `(yield* $yieldfrom(${expr(ctx, e.value)}))`;
    case "await":
      if (!ctx.isGenerator) throw new CompileError(e, "SyntaxError", "'await' outside async function");
      return `(yield* $await(${expr(ctx, e.value)}))`;
    case "named": {
      // In a comprehension the walrus binds in the enclosing function (or module) scope.
      let owner = ctx;
      while (owner.scope.kind === "comprehension" && owner.parent) owner = owner.parent;
      const t = ctx.temp();
      return `(${t} = ${expr(ctx, e.value)}, ${storeName(owner, e.target.id, t)}, ${t})`;
    }
    case "starred":
      throw new CompileError(e, "SyntaxError", "can't use starred expression here");
  }
}

/** A comparison chain as a JS boolean (for `if`, `while`, `and`/`or` tests). */
function compareTest(ctx: Ctx, e: A.CompareExpr): string {
  if (e.ops.length === 1)
    return tracked(ctx, e.span, CMP_HELPER[e.ops[0]!], [expr(ctx, e.left), expr(ctx, e.comparators[0]!)]);
  // a < b < c: each middle operand evaluated once.
  const parts: string[] = [];
  let left = expr(ctx, e.left);
  e.ops.forEach((op, i) => {
    const isLast = i === e.ops.length - 1;
    const right = at(ctx, e.span, expr(ctx, e.comparators[i]!));
    if (isLast) parts.push(`${CMP_HELPER[op]}(${left}, ${right})`);
    else {
      const t = ctx.temp();
      parts.push(`${CMP_HELPER[op]}(${left}, ${t} = ${right})`);
      left = t;
    }
  });
  return "(" + parts.join(" && ") + ")";
}

/**
 * A comparison chain as a Python value: a rich comparison returns whatever `__eq__`
 * or `__lt__` returned, and a chain stops at (and yields) the first falsy result.
 */
function compareValue(ctx: Ctx, e: A.CompareExpr): string {
  const one = (op: A.CmpOp, l: string, r: string) => `${CMP_VALUE_HELPER[op] ?? CMP_HELPER[op]}(${l}, ${r})`;
  if (e.ops.length === 1) return one(e.ops[0]!, expr(ctx, e.left), at(ctx, e.span, expr(ctx, e.comparators[0]!)));
  let left = expr(ctx, e.left);
  const steps: string[] = [];
  e.ops.forEach((op, i) => {
    const isLast = i === e.ops.length - 1;
    const right = at(ctx, e.span, expr(ctx, e.comparators[i]!));
    if (isLast) steps.push(one(op, left, right));
    else {
      const t = ctx.temp();
      steps.push(one(op, left, `(${t} = ${right})`));
      left = t;
    }
  });
  let out = steps[steps.length - 1]!;
  for (let i = steps.length - 2; i >= 0; i--) {
    const r = ctx.temp();
    out = `($truthy(${r} = ${steps[i]}) ? ${out} : ${r})`;
  }
  return out;
}

/**
 * Whether CPython folds `x` to a constant before compiling a display: literals, signs
 * and `~` on them, and tuples of such. A set display of more than two of them becomes
 * a frozenset constant, which changes the new set's table (set.ts `constantSet`).
 */
function isFoldedConstant(x: A.Expr): boolean {
  switch (x.kind) {
    case "const":
    case "str":
    case "bytes":
      return true;
    case "unary":
      return x.op !== "not" && isFoldedConstant(x.operand);
    case "tuple":
      return x.elts.every(isFoldedConstant);
    default:
      return false;
  }
}

/** The elements of a display, as a JS array expression; starred elements are spread. */
function elements(ctx: Ctx, elts: readonly A.Expr[]): string {
  const parts = elts.map((x) => (x.kind === "starred" ? `...$unpackAll(${expr(ctx, x.value)})` : expr(ctx, x)));
  return `[${parts.join(", ")}]`;
}
