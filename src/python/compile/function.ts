/**
 * Function and class definitions: a `def` becomes `$mkfn(signature, defaults,
 * kwdefaults, impl, kind, doc)` where impl is a JS function (a generator function for
 * generators and coroutines) taking the bound parameters; a `class` body becomes a
 * JS function that fills the class namespace.
 */
import type * as A from "../ast";
import { Ctx, jsName, jsString } from "./context";
import { expr } from "./expr";
import { block } from "./stmt";
import type { Scope } from "./scope";
import { safeLoads } from "./definite";
import { annotationsSetup, functionAnnotations } from "./annotations";

/** The qualified name prefix for a definition made in `ctx`. */
function qualPrefix(ctx: Ctx): string {
  const parts: string[] = [];
  for (let c: Ctx | null = ctx; c; c = c.parent) {
    if (c.scope.kind === "module") break;
    if (c.scope.kind === "class") parts.unshift(c.scope.name);
    else if (c.scope.kind === "function") parts.unshift(c.scope.name, "<locals>");
  }
  return parts.length ? parts.join(".") + "." : "";
}

function docstring(body: readonly A.Stmt[]): string {
  const first = body[0];
  if (first && first.kind === "expr" && first.value.kind === "str") return jsString(first.value.value);
  return "$None";
}

/** CPython's `co_varnames`: positional, keyword-only, `*args`, `**kwargs`, then the other locals. */
function varnames(params: A.Params, scope: Scope): string[] {
  const names = [...params.posonly, ...params.args, ...params.kwonly].map((p) => p.name);
  if (params.vararg) names.push(params.vararg.name);
  if (params.kwarg) names.push(params.kwarg.name);
  for (const n of scope.bound) if (scope.isLocal(n) && !names.includes(n)) names.push(n);
  return names;
}

/**
 * Compile a function value (def or lambda) as a JS expression creating the function object.
 * `node` is the AST node that owns the scope.
 */
export function compileFunctionValue(
  outer: Ctx,
  node: object,
  name: string,
  params: A.Params,
  body: readonly A.Stmt[],
  isAsync: boolean,
  at: A.Pos | null,
  returns: A.Expr | null = null,
): string {
  const scope = outer.scope.children.get(node)!;
  const kind = isAsync ? (scope.isGenerator ? "asyncgen" : "coroutine") : scope.isGenerator ? "generator" : "plain";
  const ctx = new Ctx(outer.mod, scope, kind !== "plain", outer);
  ctx.asyncGen = kind === "asyncgen";
  const positional = [...params.posonly, ...params.args];
  const allParams = [...positional.map((p) => p.name)];
  if (params.vararg) allParams.push(params.vararg.name);
  for (const k of params.kwonly) allParams.push(k.name);
  if (params.kwarg) allParams.push(params.kwarg.name);
  ctx.firstParam = positional[0] ? jsName(positional[0].name) : null;

  const qualname = qualPrefix(outer) + name;
  const line = at?.line ?? (node as A.Pos).line;
  const sig =
    `{name: ${jsString(name)}, qualname: ${jsString(qualname)}, file: $file, line: ${line}, ` +
    `params: [${positional.map((p) => jsString(p.name)).join(", ")}], posonly: ${params.posonly.length}, ` +
    `vararg: ${params.vararg ? jsString(params.vararg.name) : "null"}, ` +
    `kwonly: [${params.kwonly.map((p) => jsString(p.name)).join(", ")}], ` +
    `kwarg: ${params.kwarg ? jsString(params.kwarg.name) : "null"}, ` +
    `varnames: [${varnames(params, scope).map(jsString).join(", ")}]}`;

  // Defaults are evaluated in the enclosing scope, when the def runs.
  const defaults = positional.filter((p) => p.default).map((p) => expr(outer, p.default!));
  const kwdefaults = params.kwonly.filter((p) => p.default);
  const kwd = kwdefaults.length
    ? `[${kwdefaults.map((p) => `[${jsString(p.name)}, ${expr(outer, p.default!)}]`).join(", ")}]`
    : "null";

  const annotations = functionAnnotations(outer, params, returns);
  ctx.safeLoads = safeLoads(body, allParams);
  const code = block(ctx, body);
  const locals = [...scope.bound].filter((n) => scope.isLocal(n) && !scope.params.has(n)).map(jsName);
  const decl = [...locals, ...ctx.temps];
  const star = kind === "plain" ? "" : "*";
  const impl =
    `function${star} (${allParams.map(jsName).join(", ")}) {\n` +
    `const $f = this;${decl.length ? ` let ${decl.join(", ")};` : ""}\n${code}\nreturn $None;\n}`;
  const sigConst = outer.mod.constant(sig);
  return `$mkfn(${sigConst}, [${defaults.join(", ")}], ${kwd}, ${impl}, ${jsString(kind)}, ${docstring(body)}, ${annotations})`;
}

/** `def` statement: decorators evaluated first, applied innermost first. */
export function compileDef(ctx: Ctx, s: A.FunctionDef, store: (value: string) => string): string {
  const decos = s.decorators.map((d) => {
    const t = ctx.temp();
    return { t, js: `$f.line = ${d.line}; ${t} = ${expr(ctx, d)};` };
  });
  let value = compileFunctionValue(ctx, s, s.name, s.params, s.body, s.isAsync, s, s.returns);
  for (let i = decos.length - 1; i >= 0; i--) value = `$call(${decos[i]!.t}, [${value}])`;
  return decos.map((d) => d.js).join(" ") + store(value) + ";";
}

/** `class` statement. */
export function compileClass(ctx: Ctx, s: A.ClassDef, store: (value: string) => string): string {
  const scope = ctx.scope.children.get(s)!;
  const decos = s.decorators.map((d) => {
    const t = ctx.temp();
    return { t, js: `$f.line = ${d.line}; ${t} = ${expr(ctx, d)};` };
  });
  const cell = ctx.mod.unique("$cls");
  const ns = ctx.mod.unique("$ns");
  const body = new Ctx(ctx.mod, scope, false, ctx);
  body.classNs = ns;
  body.classCell = cell;
  // A docstring is the class's __doc__ (set before the body runs, as CPython's first store).
  const doc = docstring(s.body);
  const docSet = doc === "$None" ? "" : `${ns}.set("__doc__", ${doc});`;
  const code = docSet + annotationsSetup(body, s.body) + block(body, s.body);
  const bases = s.bases.filter((b) => b.kind === "positional").map((b) => expr(ctx, b.value));
  const kws = s.bases.filter((b): b is Extract<A.Arg, { kind: "keyword" }> => b.kind === "keyword");
  const kwjs = kws.length
    ? `{names: [${kws.map((k) => jsString(k.name)).join(", ")}], values: [${kws.map((k) => expr(ctx, k.value)).join(", ")}]}`
    : "null";
  // The body runs in a frame of its own (named after the class, as in CPython's tracebacks).
  const fn = `function (${ns}) {\nconst $f = this;${body.temps.length ? ` let ${body.temps.join(", ")};` : ""}\n${code}\n}`;
  const qualname = qualPrefix(ctx) + s.name;
  let value = `(${cell} = $mkclass(${jsString(s.name)}, ${jsString(qualname)}, [${bases.join(", ")}], ${kwjs}, ${fn}))`;
  for (let i = decos.length - 1; i >= 0; i--) value = `$call(${decos[i]!.t}, [${value}])`;
  return `let ${cell}; ` + decos.map((d) => d.js).join(" ") + store(value) + ";";
}
