/**
 * The `match` statement. The subject is evaluated once; each `case` pattern becomes a
 * JS condition that tests the subject and stores what it captures in temporaries;
 * when the whole pattern matches, the captured names are bound (before the guard, as
 * CPython binds them), then the guard decides, and the first case taken ends the
 * statement. Sequence, mapping and class patterns ask runtime helpers
 * (interp/match.ts) for the parts to match, or null when the subject does not fit.
 */
import type * as A from "../ast";
import { type Ctx, jsString } from "./context";
import { expr, storeName } from "./expr";
import { block } from "./stmt";

/** A JS condition for `p` against the JS expression `subj`; captures go to temporaries in `caps`. */
function condition(ctx: Ctx, p: A.Pattern, subj: string, caps: Map<string, string>): string {
  const capture = (name: string) => {
    let t = caps.get(name);
    if (t === undefined) {
      t = ctx.temp();
      caps.set(name, t);
    }
    return t;
  };
  switch (p.kind) {
    case "as": {
      const inner = p.pattern ? condition(ctx, p.pattern, subj, caps) : "true";
      if (p.name === null) return inner;
      const bind = `((${capture(p.name)} = ${subj}), true)`;
      return inner === "true" ? bind : `(${inner} && ${bind})`;
    }
    case "value":
      return `$truthy($eqv(${subj}, ${expr(ctx, p.value)}))`;
    case "singleton":
      return `(${subj} === ${p.value === null ? "$None" : String(p.value)})`;
    case "or":
      return `(${p.patterns.map((q) => condition(ctx, q, subj, caps)).join(" || ")})`;
    case "sequence": {
      const star = p.patterns.findIndex((q) => q.kind === "star");
      const fixed = p.patterns.length - (star >= 0 ? 1 : 0);
      const t = ctx.temp();
      const parts = [`(${t} = $mseq(${subj}, ${fixed}, ${star >= 0})) !== null`];
      p.patterns.forEach((q, i) => {
        if (q.kind === "star") {
          if (q.name !== null) {
            const after = p.patterns.length - 1 - i;
            parts.push(`((${capture(q.name)} = $list(${t}.slice(${i}, ${t}.length - ${after}))), true)`);
          }
          return;
        }
        const at = star >= 0 && i > star ? `${t}[${t}.length - ${p.patterns.length - i}]` : `${t}[${i}]`;
        const c = condition(ctx, q, at, caps);
        if (c !== "true") parts.push(c);
      });
      return `(${parts.join(" && ")})`;
    }
    case "mapping": {
      const t = ctx.temp();
      const v = ctx.temp();
      const keys = `[${p.keys.map((k) => expr(ctx, k)).join(", ")}]`;
      const parts = [`(${v} = $mmap(${subj}, ${t} = ${keys})) !== null`];
      p.patterns.forEach((q, i) => {
        const c = condition(ctx, q, `${v}[${i}]`, caps);
        if (c !== "true") parts.push(c);
      });
      if (p.rest !== null) parts.push(`((${capture(p.rest)} = $mrest(${subj}, ${t})), true)`);
      return `(${parts.join(" && ")})`;
    }
    case "class": {
      const t = ctx.temp();
      const kw = `[${p.kwdNames.map(jsString).join(", ")}]`;
      const parts = [`(${t} = $mcls(${subj}, ${expr(ctx, p.cls)}, ${p.patterns.length}, ${kw})) !== null`];
      [...p.patterns, ...p.kwdPatterns].forEach((q, i) => {
        const c = condition(ctx, q, `${t}[${i}]`, caps);
        if (c !== "true") parts.push(c);
      });
      return `(${parts.join(" && ")})`;
    }
    case "star":
      // Only meaningful inside a sequence (handled there).
      return "true";
  }
}

/** The JS statement for a `match` statement. */
export function compileMatch(ctx: Ctx, s: A.MatchStmt): string {
  const subj = ctx.temp();
  const label = ctx.mod.unique("$match");
  const cases = s.cases.map((c) => {
    const caps = new Map<string, string>();
    const cond = condition(ctx, c.pattern, subj, caps);
    const binds = [...caps].map(([name, t]) => storeName(ctx, name, t) + ";").join(" ");
    const body = `${block(ctx, c.body)}\nbreak ${label};`;
    const guarded = c.guard ? `$f.line = ${c.line}; if ($truthy(${expr(ctx, c.guard)})) {\n${body}\n}` : body;
    return `$f.line = ${c.line}; if (${cond}) { ${binds}\n${guarded}\n}`;
  });
  return `${subj} = ${expr(ctx, s.subject)}; ${label}: {\n${cases.join("\n")}\n}`;
}
