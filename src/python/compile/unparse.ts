/**
 * Expressions back to source text as CPython's `ast.unparse` writes them: what an
 * annotation becomes under `from __future__ import annotations` (`'List[int]'`,
 * `'int | None'`). Parentheses follow operator precedence, not the original text.
 */
import type * as A from "../ast";
import { strRepr, bytesRepr } from "../interp/repr";
import { floatRepr } from "../objects/numbers";

// ast._Precedence
const enum P {
  NAMED = 1,
  TUPLE,
  YIELD,
  TEST,
  OR,
  AND,
  NOT,
  CMP,
  BOR,
  BXOR,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
}

const BINOP_PREC: Record<A.BinOp, P> = {
  "|": P.BOR,
  "^": P.BXOR,
  "&": P.BAND,
  "<<": P.SHIFT,
  ">>": P.SHIFT,
  "+": P.ARITH,
  "-": P.ARITH,
  "*": P.TERM,
  "@": P.TERM,
  "/": P.TERM,
  "//": P.TERM,
  "%": P.TERM,
  "**": P.POWER,
};

function wrap(text: string, own: P, needed: P): string {
  return own < needed ? `(${text})` : text;
}

function constant(e: A.ConstExpr): string {
  const v = e.value;
  switch (v.type) {
    case "none":
      return "None";
    case "bool":
      return v.value ? "True" : "False";
    case "ellipsis":
      return "...";
    case "int":
      return String(v.value);
    case "float":
      return Number.isFinite(v.value) ? floatRepr(v.value) : "1e309";
    case "complex":
      return `${floatRepr(v.imag).replace(/\.0$/, "")}j`;
  }
}

function params(p: A.Params): string {
  const parts: string[] = [];
  const one = (q: A.Param) => (q.default ? `${q.name}=${unparse(q.default)}` : q.name);
  parts.push(...p.posonly.map(one));
  if (p.posonly.length) parts.push("/");
  parts.push(...p.args.map(one));
  if (p.vararg) parts.push(`*${p.vararg.name}`);
  else if (p.kwonly.length) parts.push("*");
  parts.push(...p.kwonly.map(one));
  if (p.kwarg) parts.push(`**${p.kwarg.name}`);
  return parts.join(", ");
}

/** A tuple's items, with the trailing comma of a one-item tuple. */
function items(elts: readonly A.Expr[]): string {
  const s = elts.map((x) => unparse(x, P.TEST)).join(", ");
  return elts.length === 1 ? s + "," : s;
}

/** `e` as source text, parenthesized as needed where an operand of precedence `needed` goes. */
export function unparse(e: A.Expr, needed: P = P.TEST): string {
  switch (e.kind) {
    case "name":
      return e.id;
    case "const":
      return constant(e);
    case "str":
      return strRepr(e.value);
    case "bytes":
      return bytesRepr(Uint8Array.from(e.value));
    case "fstring":
      return "f" + strRepr(e.parts.map((p) => (p.kind === "text" ? p.value : `{${unparse(p.value)}}`)).join(""));
    case "tuple":
      return wrap(items(e.elts), P.TUPLE, needed === P.TEST ? P.ATOM : needed);
    case "list":
      return `[${e.elts.map((x) => unparse(x)).join(", ")}]`;
    case "set":
      return `{${e.elts.map((x) => unparse(x)).join(", ")}}`;
    case "dict":
      return `{${e.entries.map((en) => (en.key ? `${unparse(en.key)}: ${unparse(en.value)}` : `**${unparse(en.value, P.BOR)}`)).join(", ")}}`;
    case "attribute":
      return `${unparse(e.value, P.ATOM)}.${e.attr}`;
    case "subscript": {
      const index = e.index.kind === "tuple" && e.index.elts.length > 0 ? items(e.index.elts) : unparse(e.index);
      return `${unparse(e.value, P.ATOM)}[${index}]`;
    }
    case "slice":
      return (
        (e.lower ? unparse(e.lower) : "") +
        ":" +
        (e.upper ? unparse(e.upper) : "") +
        (e.step ? ":" + unparse(e.step) : "")
      );
    case "call": {
      const args = e.args.map((a) => {
        switch (a.kind) {
          case "positional":
            return unparse(a.value);
          case "star":
            return `*${unparse(a.value, P.BOR)}`;
          case "keyword":
            return `${a.name}=${unparse(a.value)}`;
          case "doubleStar":
            return `**${unparse(a.value, P.BOR)}`;
        }
      });
      return `${unparse(e.func, P.ATOM)}(${args.join(", ")})`;
    }
    case "binop": {
      const own = BINOP_PREC[e.op];
      const right = e.op === "**";
      const text = `${unparse(e.left, right ? own + 1 : own)} ${e.op} ${unparse(e.right, right ? own : own + 1)}`;
      return wrap(text, own, needed);
    }
    case "unary": {
      const own = e.op === "not" ? P.NOT : P.FACTOR;
      const text = e.op === "not" ? `not ${unparse(e.operand, own)}` : `${e.op}${unparse(e.operand, own)}`;
      return wrap(text, own, needed);
    }
    case "boolop": {
      const own = e.op === "or" ? P.OR : P.AND;
      return wrap(e.values.map((v) => unparse(v, own + 1)).join(` ${e.op} `), own, needed);
    }
    case "compare": {
      let text = unparse(e.left, P.CMP + 1);
      e.ops.forEach((op, i) => (text += ` ${op} ${unparse(e.comparators[i]!, P.CMP + 1)}`));
      return wrap(text, P.CMP, needed);
    }
    case "ifexp":
      return wrap(
        `${unparse(e.body, P.TEST + 1)} if ${unparse(e.test, P.TEST + 1)} else ${unparse(e.orelse, P.TEST)}`,
        P.TEST,
        needed,
      );
    case "lambda": {
      const ps = params(e.params);
      return wrap(`lambda${ps ? " " + ps : ""}: ${unparse(e.body, P.TEST)}`, P.TEST, needed);
    }
    case "starred":
      return `*${unparse(e.value, P.BOR)}`;
    case "await":
      return wrap(`await ${unparse(e.value, P.ATOM)}`, P.AWAIT, needed);
    case "yield":
      return wrap(e.value ? `yield ${unparse(e.value, P.TUPLE)}` : "yield", P.YIELD, needed);
    case "yieldfrom":
      return wrap(`yield from ${unparse(e.value, P.TUPLE)}`, P.YIELD, needed);
    case "named":
      return wrap(`${e.target.id} := ${unparse(e.value, P.ATOM)}`, P.NAMED, needed);
    case "listcomp":
    case "setcomp":
    case "genexp":
    case "dictcomp": {
      const gens = e.generators
        .map(
          (g) =>
            `${g.isAsync ? " async" : ""} for ${unparse(g.target, P.TUPLE)} in ${unparse(g.iter, P.TEST + 1)}` +
            g.ifs.map((c) => ` if ${unparse(c, P.TEST + 1)}`).join(""),
        )
        .join("");
      if (e.kind === "dictcomp") return `{${unparse(e.key)}: ${unparse(e.value)}${gens}}`;
      const [open, close] = e.kind === "listcomp" ? ["[", "]"] : e.kind === "setcomp" ? ["{", "}"] : ["(", ")"];
      return `${open}${unparse(e.elt)}${gens}${close}`;
    }
  }
}
