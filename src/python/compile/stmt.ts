/**
 * Statements to JavaScript statements. Each statement first records its line in the
 * frame (`$f.line = N`), which tracebacks, prints and the event trace read.
 * Loops check the step budget on every iteration.
 */
import type * as A from "../ast";
import { Ctx, jsString } from "./context";
import { at, expr, test, storeName, deleteName } from "./expr";
import { annotate } from "./annotations";
import { compileMatch } from "./match";
import { assignTo } from "./assign";
import { compileDef, compileClass } from "./function";
import { CompileError } from "./errors";

const BUDGET = "if (--$rt.budget < 0) $rt.outOfBudget();";

export function block(ctx: Ctx, body: readonly A.Stmt[]): string {
  return body.map((s) => stmt(ctx, s)).join("\n");
}

/**
 * A loop, with its `else` compiled after the loop is popped: `break`/`continue` in
 * the else clause belong to the enclosing loop.
 */
function loop(ctx: Ctx, orelse: readonly A.Stmt[], build: (label: string) => string): string {
  const label = ctx.mod.unique("$L");
  const breakLabel = orelse.length ? ctx.mod.unique("$B") : label;
  ctx.loops.push({ label, breakLabel });
  let body: string;
  try {
    body = build(label);
  } finally {
    ctx.loops.pop();
  }
  return orelse.length ? `${breakLabel}: { ${body}\n${block(ctx, orelse)}\n}` : body;
}

function exceptionTarget(ctx: Ctx, s: A.TryStmt): string {
  const e = ctx.mod.unique("$e");
  if (s.star) return starTarget(ctx, s, e);
  const clauses = s.handlers.map((h, i) => {
    const bind = h.name ? storeName(ctx, h.name, e) + ";" : "";
    const unbind = h.name ? deleteNameQuiet(ctx, h.name) : "";
    const body = `$enterh(${e}); try { ${bind}\n${block(ctx, h.body)}\n} finally { $exith(); ${unbind} }`;
    if (!h.type) {
      if (i !== s.handlers.length - 1) throw new CompileError(h, "SyntaxError", "default 'except:' must be last");
      return `{ ${body} }`;
    }
    return `if ($match(${e}, ${expr(ctx, h.type)})) { ${body} }`;
  });
  const bare = s.handlers.length > 0 && !s.handlers[s.handlers.length - 1]!.type;
  return `catch (${e}) { ${e} = $catch(${e}, $f); ${clauses.join(" else ")}${bare ? "" : ` else throw $rethrow(${e});`} }`;
}

/**
 * `except* T` clauses: each takes the part of the (wrapped) exception group that
 * matches its types; what they raise and what none matched are combined at the end.
 */
function starTarget(ctx: Ctx, s: A.TryStmt, e: string): string {
  const st = ctx.mod.unique("$st");
  const clauses = s.handlers.map((h) => {
    checkStarBody(h.body, false);
    const m = ctx.mod.unique("$m");
    const x = ctx.mod.unique("$x");
    const bind = h.name ? storeName(ctx, h.name, m) + ";" : "";
    const unbind = h.name ? deleteNameQuiet(ctx, h.name) : "";
    return (
      `{ const ${m} = $starmatch(${st}, ${expr(ctx, h.type!)}); if (${m} !== null) { $enterh(${m}); ` +
      `try { ${bind} try {\n${block(ctx, h.body)}\n} catch (${x}) { $starraised(${st}, ${x}, $f); } } ` +
      `finally { $exith(); ${unbind} } } }`
    );
  });
  return (
    `catch (${e}) { ${e} = $catch(${e}, $f); const ${st} = $starbegin(${e}); ${clauses.join(" ")} ` +
    `{ const $r = $starend(${st}); if ($r !== null) throw $r; } }`
  );
}

/** `break`, `continue` (outside a loop of the clause's own) and `return` cannot leave an `except*` clause. */
function checkStarBody(body: readonly A.Stmt[], inLoop: boolean): void {
  for (const s of body) {
    if (s.kind === "return" || (!inLoop && (s.kind === "break" || s.kind === "continue"))) {
      throw new CompileError(s, "SyntaxError", "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (s.kind === "if" || s.kind === "with") checkStarBody(s.body, inLoop);
    if (s.kind === "if") checkStarBody(s.orelse, inLoop);
    if (s.kind === "while" || s.kind === "for") {
      checkStarBody(s.body, true);
      checkStarBody(s.orelse, inLoop);
    }
    if (s.kind === "try") {
      for (const part of [s.body, s.orelse, s.finalbody, ...s.handlers.map((h) => h.body)]) checkStarBody(part, inLoop);
    }
    if (s.kind === "match") for (const c of s.cases) checkStarBody(c.body, inLoop);
  }
}

/** `except E as e` unbinds e at the end of the handler. */
function deleteNameQuiet(ctx: Ctx, id: string): string {
  const scope = ctx.scope;
  if (scope.kind === "module" || scope.globals.has(id)) return `$g.delete(${jsString(id)});`;
  if (scope.kind === "class") return `${ctx.classNs}.delete(${jsString(id)});`;
  return `v_${id} = undefined;`;
}

export function stmt(ctx: Ctx, s: A.Stmt): string {
  const line = `$f.line = ${s.line};`;
  // After a module-level statement, instances with __del__ that nothing reaches are finalized.
  const after = ctx.scope.kind === "module" && !isCompound(s) ? " if ($rt.fin.live.size) $rt.fin.collect($rt);" : "";
  const outer = ctx.stmtLine;
  ctx.stmtLine = s.line;
  try {
    return line + " " + stmtBody(ctx, s) + after;
  } finally {
    ctx.stmtLine = outer;
  }
}

function isCompound(s: A.Stmt): boolean {
  return (
    s.kind === "if" ||
    s.kind === "while" ||
    s.kind === "for" ||
    s.kind === "try" ||
    s.kind === "with" ||
    s.kind === "match"
  );
}

function stmtBody(ctx: Ctx, s: A.Stmt): string {
  switch (s.kind) {
    case "expr":
      // A call's result dropped on the floor: CPython collects it at once (an unawaited
      // coroutine warns, a failed Future reports its exception).
      return s.value.kind === "call" ? `$discard(${expr(ctx, s.value)});` : `${expr(ctx, s.value)};`;
    case "assign": {
      if (s.targets.length === 1 && s.targets[0]!.kind === "name") {
        return storeName(ctx, s.targets[0]!.id, expr(ctx, s.value)) + ";";
      }
      const t = ctx.temp();
      return `${t} = ${expr(ctx, s.value)}; ` + s.targets.map((tg) => assignTo(ctx, tg, t)).join(" ");
    }
    case "augassign": {
      const op = jsString(s.op);
      const target = s.target;
      // The operation itself is the whole statement's (no markers): the value's last
      // operation is forgotten once it is computed. Loading and storing the target mark it.
      const value = `$f.at(${expr(ctx, s.value)}, null)`;
      if (target.kind === "name") {
        return storeName(ctx, target.id, `$inplace(${op}, ${expr(ctx, target)}, ${value})`) + ";";
      }
      if (target.kind === "attribute") {
        const o = ctx.temp();
        const attr = jsString(target.attr);
        const load = `$ga(${at(ctx, target.span, o)}, ${attr})`;
        return `${o} = ${expr(ctx, target.value)}; $sa(${o}, ${attr}, ${at(ctx, target.span, `$inplace(${op}, ${load}, ${value})`)});`;
      }
      if (target.kind === "subscript") {
        const o = ctx.temp();
        const k = ctx.temp();
        const load = `$gi(${o}, ${at(ctx, target.span, k)})`;
        return `${o} = ${expr(ctx, target.value)}; ${k} = ${expr(ctx, target.index)}; $si(${o}, ${k}, ${at(ctx, target.span, `$inplace(${op}, ${load}, ${value})`)});`;
      }
      throw new CompileError(target, "SyntaxError", "'tuple' is an illegal expression for augmented assignment");
    }
    case "annassign":
      return (s.value ? assignTo(ctx, s.target, expr(ctx, s.value)) + ";" : "") + annotate(ctx, s);
    case "functiondef":
      return compileDef(ctx, s, (v) => storeName(ctx, s.name, v));
    case "classdef":
      return compileClass(ctx, s, (v) => storeName(ctx, s.name, v));
    case "return":
      if (ctx.scope.kind !== "function") throw new CompileError(s, "SyntaxError", "'return' outside function");
      if (ctx.asyncGen && s.value) {
        throw new CompileError(s, "SyntaxError", "'return' with value in async generator");
      }
      return `return ${s.value ? expr(ctx, s.value) : "$None"};`;
    case "if": {
      const orelse = s.orelse.length ? ` else {\n${block(ctx, s.orelse)}\n}` : "";
      return `if (${test(ctx, s.test)}) {\n${block(ctx, s.body)}\n}${orelse}`;
    }
    case "while":
      return loop(
        ctx,
        s.orelse,
        // The loop's own line while its condition runs (a runaway loop is reported at the body's line).
        (label) =>
          `${label}: for (;;) { ${BUDGET} $f.line = ${s.line}; if (!${test(ctx, s.test)}) break;\n${block(ctx, s.body)}\n}`,
      );
    case "for":
      return loop(ctx, s.orelse, (label) => {
        const it = ctx.mod.unique("$it");
        const v = ctx.mod.unique("$v");
        const iterOf = s.isAsync ? `$aiter(${expr(ctx, s.iter)})` : `$iter(${expr(ctx, s.iter)})`;
        const next = s.isAsync ? `(yield* $anext(${it}))` : `$next(${it})`;
        // Each step clears the body's last operation ($f.p): an error of the iterator is
        // the whole statement's, which CPython marks with no carets.
        // A generator made for this loop alone (by a call or a generator expression) is
        // finalized as soon as the loop is left early, as CPython's reference counting does:
        // its finally blocks run then.
        if (!s.isAsync && (s.iter.kind === "call" || s.iter.kind === "genexp")) {
          const done = ctx.mod.unique("$done");
          return (
            `{ const ${it} = ${iterOf}; let ${done} = false; try { ${label}: for (;;) { ${BUDGET} $f.line = ${s.line}; $f.p = null; ` +
            `const ${v} = ${next}; if (${v} === $STOP) { ${done} = true; break; } ` +
            `${assignTo(ctx, s.target, v)}\n${block(ctx, s.body)}\n} } finally { if (!${done}) $release(${it}); } }`
          );
        }
        return (
          `{ const ${it} = ${iterOf}; ${label}: for (;;) { ${BUDGET} $f.line = ${s.line}; $f.p = null; const ${v} = ${next}; if (${v} === $STOP) break; ` +
          `${assignTo(ctx, s.target, v)}\n${block(ctx, s.body)}\n} }`
        );
      });
    case "break": {
      const l = ctx.loops[ctx.loops.length - 1];
      if (!l) throw new CompileError(s, "SyntaxError", "'break' outside loop");
      return `break ${l.breakLabel};`;
    }
    case "continue": {
      const l = ctx.loops[ctx.loops.length - 1];
      if (!l) throw new CompileError(s, "SyntaxError", "'continue' not properly in loop");
      return `continue ${l.label};`;
    }
    case "pass":
      return "";
    case "try": {
      const ok = ctx.mod.unique("$ok");
      let code: string;
      if (s.handlers.length) {
        const hasElse = s.orelse.length > 0;
        code =
          (hasElse ? `let ${ok} = false; ` : "") +
          `try {\n${block(ctx, s.body)}\n${hasElse ? `${ok} = true;` : ""}\n} ${exceptionTarget(ctx, s)}` +
          (hasElse ? `\nif (${ok}) {\n${block(ctx, s.orelse)}\n}` : "");
      } else {
        code = block(ctx, s.body);
      }
      if (s.finalbody.length) {
        // On the exception path the finally block handles the exception (its __context__ and bare raise).
        const pe = ctx.mod.unique("$pe");
        const x = ctx.mod.unique("$x");
        const pushed = ctx.mod.unique("$p");
        code =
          `let ${pe} = null; try {\n${code}\n} catch (${x}) { ${pe} = $fcatch(${x}, $f); throw ${pe}; } ` +
          `finally { const ${pushed} = ${pe} !== null && $fenter(${pe}); try {\n${block(ctx, s.finalbody)}\n} finally { if (${pushed}) $exith(); } }`;
      }
      return `{ ${code} }`;
    }
    case "with": {
      let code = block(ctx, s.body);
      for (let i = s.items.length - 1; i >= 0; i--) {
        const item = s.items[i]!;
        const m = ctx.mod.unique("$m");
        const x = ctx.mod.unique("$x");
        const ok = ctx.mod.unique("$ok");
        const e = ctx.mod.unique("$e");
        const enter = s.isAsync ? `(yield* $aenter(${m}))` : `$enter(${m})`;
        const exitOk = s.isAsync ? `(yield* $aexit(${m}, null))` : `$exit(${m}, null)`;
        const exitErr = s.isAsync ? `(yield* $aexit(${m}, ${e}))` : `$exit(${m}, ${e})`;
        const bind = item.target ? assignTo(ctx, item.target, x) : "";
        code =
          `{ const ${m} = ${expr(ctx, item.context)}; const ${x} = ${enter}; let ${ok} = true; ` +
          `try { ${bind}\n${code}\n} catch (${e}) { ${ok} = false; ${e} = $catch(${e}, $f); $enterh(${e}); ` +
          `try { if (!${exitErr}) throw $rethrow(${e}); } finally { $exith(); } } ` +
          `finally { if (${ok}) ${exitOk}; } }`;
      }
      return code;
    }
    case "match":
      return compileMatch(ctx, s);
    case "raise":
      if (!s.exc) return "throw $reraise();";
      return `throw $raise(${expr(ctx, s.exc)}, ${at(ctx, s.span, s.cause ? expr(ctx, s.cause) : "undefined")});`;
    case "assert":
      return `if (!${test(ctx, s.test)}) throw $assertfail(${s.msg ? expr(ctx, s.msg) : "undefined"});`;
    case "delete":
      return s.targets.map((t) => deleteTarget(ctx, t)).join(" ");
    case "import":
      return s.names
        .map((a) => {
          if (a.asname) return storeName(ctx, a.asname, `$import(${jsString(a.name)}, true)`) + ";";
          return storeName(ctx, a.name.split(".")[0]!, `$import(${jsString(a.name)}, false)`) + ";";
        })
        .join(" ");
    case "importfrom": {
      const m = ctx.temp();
      const load = `${m} = $importfrom(${jsString(s.module)}, ${s.level});`;
      if (s.names.length === 1 && s.names[0]!.name === "*") {
        if (ctx.scope.kind !== "module")
          throw new CompileError(s, "SyntaxError", "import * only allowed at module level");
        return `${load} $importstar(${m}, $g);`;
      }
      return (
        load +
        " " +
        s.names.map((a) => storeName(ctx, a.asname ?? a.name, `$importname(${m}, ${jsString(a.name)})`) + ";").join(" ")
      );
    }
    case "global":
    case "nonlocal":
      return "";
    case "print": {
      const values = s.values.map((v) => expr(ctx, v));
      return `$print2([${values.join(", ")}], ${s.trailingComma}, ${s.dest ? expr(ctx, s.dest) : "undefined"});`;
    }
  }
}

function deleteTarget(ctx: Ctx, t: A.Expr): string {
  switch (t.kind) {
    case "name":
      return deleteName(ctx, t.id) + ";";
    case "attribute":
      return `$da(${at(ctx, t.span, expr(ctx, t.value))}, ${jsString(t.attr)});`;
    case "subscript":
      return `$di(${expr(ctx, t.value)}, ${at(ctx, t.span, expr(ctx, t.index))});`;
    case "tuple":
    case "list":
      return t.elts.map((x) => deleteTarget(ctx, x)).join(" ");
    default:
      throw new CompileError(t, "SyntaxError", "cannot delete expression");
  }
}
