import type { Arg, Diagnostic, Expr, FStringPart, Param, Params, Pattern, Stmt } from "../ast";

/**
 * A compact, deterministic text form of the typed tree for golden tests: one
 * statement per line, nested blocks indented, expressions as S-expressions. Names
 * print bare, strings as JSON, ints as digits, floats always with a `.` or exponent.
 * Positions are left out (they are checked through diagnostics and unit tests).
 */
export function dumpModule(body: readonly Stmt[]): string {
  return dumpBlock(body, 0).join("\n");
}

/** `2:4 SyntaxError: invalid syntax` (line 1-based, column 0-based). */
export function dumpDiagnostic(d: Diagnostic): string {
  return `${d.line}:${d.col} ${d.type}: ${d.message}`;
}

function dumpFloat(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

function dumpBytes(value: readonly number[]): string {
  let out = 'b"';
  for (const b of value) {
    if (b === 34 || b === 92) out += `\\${String.fromCharCode(b)}`;
    else if (b >= 32 && b < 127) out += String.fromCharCode(b);
    else out += `\\x${b.toString(16).padStart(2, "0")}`;
  }
  return `${out}"`;
}

function dumpParts(parts: readonly FStringPart[]): string {
  return parts
    .map((p) => {
      if (p.kind === "text") return JSON.stringify(p.value);
      let field = `{${dumpExpr(p.value)}`;
      if (p.selfDoc !== null) field += ` =${JSON.stringify(p.selfDoc)}`;
      if (p.conversion) field += ` !${p.conversion}`;
      if (p.spec) field += ` :${dumpExpr(p.spec)}`;
      return `${field}}`;
    })
    .join(" ");
}

const UNARY_NAMES = { "-": "neg", "+": "pos", "~": "inv", not: "not" } as const;

function list(head: string, items: readonly string[]): string {
  return items.length === 0 ? `(${head})` : `(${head} ${items.join(" ")})`;
}

function dumpArg(a: Arg): string {
  switch (a.kind) {
    case "positional":
      return dumpExpr(a.value);
    case "star":
      return `(* ${dumpExpr(a.value)})`;
    case "doubleStar":
      return `(** ${dumpExpr(a.value)})`;
    case "keyword":
      return `(kw ${a.name} ${dumpExpr(a.value)})`;
  }
}

export function dumpExpr(e: Expr): string {
  switch (e.kind) {
    case "name":
      return e.id;
    case "const":
      switch (e.value.type) {
        case "none":
          return "None";
        case "bool":
          return e.value.value ? "True" : "False";
        case "ellipsis":
          return "...";
        case "int":
          return e.value.value.toString();
        case "float":
          return dumpFloat(e.value.value);
        case "complex":
          return `${dumpFloat(e.value.imag)}j`;
      }
      break;
    case "str":
      return JSON.stringify(e.value);
    case "bytes":
      return dumpBytes(e.value);
    case "fstring":
      return e.parts.length === 0 ? "(f)" : `(f ${dumpParts(e.parts)})`;
    case "tuple":
    case "list":
    case "set":
      return list(e.kind, e.elts.map(dumpExpr));
    case "dict":
      return list(
        "dict",
        e.entries.map((en) => (en.key ? `(${dumpExpr(en.key)} ${dumpExpr(en.value)})` : `(** ${dumpExpr(en.value)})`)),
      );
    case "listcomp":
    case "setcomp":
    case "genexp":
      return list(e.kind, [dumpExpr(e.elt), ...e.generators.map(dumpGenerator)]);
    case "dictcomp":
      return list(e.kind, [dumpExpr(e.key), dumpExpr(e.value), ...e.generators.map(dumpGenerator)]);
    case "attribute":
      return `(. ${dumpExpr(e.value)} ${e.attr})`;
    case "subscript":
      return `(sub ${dumpExpr(e.value)} ${dumpExpr(e.index)})`;
    case "slice":
      return `(slice ${[e.lower, e.upper, e.step].map((x) => (x ? dumpExpr(x) : "_")).join(" ")})`;
    case "call":
      return list("call", [dumpExpr(e.func), ...e.args.map(dumpArg)]);
    case "binop":
      return `(${e.op} ${dumpExpr(e.left)} ${dumpExpr(e.right)})`;
    case "unary":
      return `(${UNARY_NAMES[e.op]} ${dumpExpr(e.operand)})`;
    case "boolop":
      return list(e.op, e.values.map(dumpExpr));
    case "compare":
      return list("cmp", [
        dumpExpr(e.left),
        ...e.ops.flatMap((op, i) => [op.replace(" ", "-"), dumpExpr(e.comparators[i])]),
      ]);
    case "ifexp":
      return `(ifexp ${dumpExpr(e.test)} ${dumpExpr(e.body)} ${dumpExpr(e.orelse)})`;
    case "lambda":
      return `(lambda ${dumpParams(e.params)} ${dumpExpr(e.body)})`;
    case "yield":
      return e.value ? `(yield ${dumpExpr(e.value)})` : "(yield)";
    case "yieldfrom":
      return `(yield-from ${dumpExpr(e.value)})`;
    case "await":
      return `(await ${dumpExpr(e.value)})`;
    case "named":
      return `(:= ${dumpExpr(e.target)} ${dumpExpr(e.value)})`;
    case "starred":
      return `(* ${dumpExpr(e.value)})`;
  }
}

function dumpGenerator(g: { target: Expr; iter: Expr; ifs: readonly Expr[]; isAsync: boolean }): string {
  const head = g.isAsync ? "async-for" : "for";
  return list(head, [dumpExpr(g.target), "in", dumpExpr(g.iter), ...g.ifs.map((c) => `(if ${dumpExpr(c)})`)]);
}

function dumpParam(p: Param, prefix = ""): string {
  let out = prefix + p.name;
  if (p.annotation) out += `:${dumpExpr(p.annotation)}`;
  if (p.default) out += `=${dumpExpr(p.default)}`;
  return out;
}

export function dumpParams(params: Params): string {
  const parts = params.posonly.map((p) => dumpParam(p));
  if (params.posonly.length > 0) parts.push("/");
  parts.push(...params.args.map((p) => dumpParam(p)));
  if (params.vararg) parts.push(dumpParam(params.vararg, "*"));
  else if (params.kwonly.length > 0) parts.push("*");
  parts.push(...params.kwonly.map((p) => dumpParam(p)));
  if (params.kwarg) parts.push(dumpParam(params.kwarg, "**"));
  return `[${parts.join(", ")}]`;
}

function pad(depth: number): string {
  return "  ".repeat(depth);
}

function dumpBlock(body: readonly Stmt[], depth: number): string[] {
  return body.flatMap((s) => dumpStmt(s, depth));
}

/** A compound statement: header, then (clause, body) pairs, closed on the last line. */
function compound(
  depth: number,
  header: string,
  sections: readonly (readonly [string | null, readonly Stmt[]])[],
): string[] {
  const lines = [pad(depth) + header];
  for (const [clause, body] of sections) {
    if (clause !== null) lines.push(`${pad(depth)} ${clause}`);
    lines.push(...dumpBlock(body, depth + 1));
  }
  lines[lines.length - 1] += ")";
  return lines;
}

function dumpPattern(p: Pattern): string {
  switch (p.kind) {
    case "value":
      return dumpExpr(p.value);
    case "singleton":
      return String(p.value === null ? "None" : p.value ? "True" : "False");
    case "sequence":
      return `[${p.patterns.map(dumpPattern).join(" ")}]`;
    case "star":
      return `*${p.name ?? "_"}`;
    case "mapping": {
      const items = p.keys.map((k, i) => `${dumpExpr(k)}: ${dumpPattern(p.patterns[i]!)}`);
      if (p.rest) items.push(`**${p.rest}`);
      return `{${items.join(", ")}}`;
    }
    case "class": {
      const args = [
        ...p.patterns.map(dumpPattern),
        ...p.kwdNames.map((n, i) => `${n}=${dumpPattern(p.kwdPatterns[i]!)}`),
      ];
      return `${dumpExpr(p.cls)}(${args.join(" ")})`;
    }
    case "as":
      if (p.pattern === null) return p.name ?? "_";
      return `(${dumpPattern(p.pattern)} as ${p.name ?? "_"})`;
    case "or":
      return `(${p.patterns.map(dumpPattern).join(" | ")})`;
  }
}

function dumpStmt(s: Stmt, depth: number): string[] {
  const one = (text: string): string[] => [pad(depth) + text];
  switch (s.kind) {
    case "expr":
      return one(`(expr ${dumpExpr(s.value)})`);
    case "assign":
      return one(`(assign [${s.targets.map(dumpExpr).join(" ")}] ${dumpExpr(s.value)})`);
    case "augassign":
      return one(`(augassign ${dumpExpr(s.target)} ${s.op}= ${dumpExpr(s.value)})`);
    case "annassign":
      return one(
        list("annassign", [dumpExpr(s.target), dumpExpr(s.annotation), ...(s.value ? [dumpExpr(s.value)] : [])]),
      );
    case "functiondef": {
      let header = `(${s.isAsync ? "async-def" : "def"} ${s.name} ${dumpParams(s.params)}`;
      if (s.returns) header += ` -> ${dumpExpr(s.returns)}`;
      for (const d of s.decorators) header += ` @${dumpExpr(d)}`;
      return compound(depth, header, [[null, s.body]]);
    }
    case "classdef": {
      let header = `(class ${s.name} [${s.bases.map(dumpArg).join(" ")}]`;
      for (const d of s.decorators) header += ` @${dumpExpr(d)}`;
      return compound(depth, header, [[null, s.body]]);
    }
    case "return":
      return one(s.value ? `(return ${dumpExpr(s.value)})` : "(return)");
    case "if":
      return compound(depth, `(if ${dumpExpr(s.test)}`, [
        [null, s.body],
        ...(s.orelse.length > 0 ? [["else", s.orelse] as const] : []),
      ]);
    case "while":
      return compound(depth, `(while ${dumpExpr(s.test)}`, [
        [null, s.body],
        ...(s.orelse.length > 0 ? [["else", s.orelse] as const] : []),
      ]);
    case "for":
      return compound(depth, `(${s.isAsync ? "async-for" : "for"} ${dumpExpr(s.target)} in ${dumpExpr(s.iter)}`, [
        [null, s.body],
        ...(s.orelse.length > 0 ? [["else", s.orelse] as const] : []),
      ]);
    case "try":
      return compound(depth, "(try", [
        [null, s.body],
        ...s.handlers.map((h) => {
          let clause = s.star ? "except*" : "except";
          if (h.type) clause += ` ${dumpExpr(h.type)}`;
          if (h.name) clause += ` as ${h.name}`;
          return [clause, h.body] as const;
        }),
        ...(s.orelse.length > 0 ? [["else", s.orelse] as const] : []),
        ...(s.finalbody.length > 0 ? [["finally", s.finalbody] as const] : []),
      ]);
    case "with": {
      const items = s.items.map((i) =>
        i.target ? `${dumpExpr(i.context)} as ${dumpExpr(i.target)}` : dumpExpr(i.context),
      );
      return compound(depth, `(${s.isAsync ? "async-with" : "with"} [${items.join(", ")}]`, [[null, s.body]]);
    }
    case "match":
      return compound(
        depth,
        `(match ${dumpExpr(s.subject)}`,
        s.cases.map(
          (c) => [`case ${dumpPattern(c.pattern)}${c.guard ? ` if ${dumpExpr(c.guard)}` : ""}`, c.body] as const,
        ),
      );
    case "raise":
      if (!s.exc) return one("(raise)");
      return one(s.cause ? `(raise ${dumpExpr(s.exc)} from ${dumpExpr(s.cause)})` : `(raise ${dumpExpr(s.exc)})`);
    case "assert":
      return one(list("assert", [dumpExpr(s.test), ...(s.msg ? [dumpExpr(s.msg)] : [])]));
    case "delete":
      return one(list("del", s.targets.map(dumpExpr)));
    case "pass":
    case "break":
    case "continue":
      return one(`(${s.kind})`);
    case "import":
      return one(`(import ${s.names.map((a) => (a.asname ? `${a.name} as ${a.asname}` : a.name)).join(", ")})`);
    case "importfrom": {
      const names = s.names.map((a) => (a.asname ? `${a.name} as ${a.asname}` : a.name)).join(", ");
      return one(`(from ${".".repeat(s.level)}${s.module} import ${names})`);
    }
    case "global":
    case "nonlocal":
      return one(list(s.kind, s.names));
    case "print": {
      const items = s.values.map(dumpExpr);
      if (s.dest) items.unshift(`>>${dumpExpr(s.dest)}`);
      if (s.trailingComma) items.push(",");
      return one(list("print", items));
    }
  }
}
