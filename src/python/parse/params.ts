import type { SyntaxNode } from "@lezer/common";
import type { Expr, Param, Params } from "../ast";
import { isExprNode, kids, missing, type LowerContext } from "./context";
import { lowerExpr } from "./expressions";

const EMPTY: Params = { posonly: [], args: [], vararg: null, kwonly: [], kwarg: null };

/** The parameters of a `def` (a ParamList node in parentheses). */
export function lowerParams(cx: LowerContext, node: SyntaxNode | null): Params {
  return node ? readParams(cx, node, node.from + 1) : EMPTY;
}

/** The parameters of a `lambda`; its ParamList node has no parentheses and may be empty. */
export function lowerLambdaParams(cx: LowerContext, node: SyntaxNode | null, lambda: SyntaxNode): Params {
  return node ? readParams(cx, node, lambda.from + "lambda".length) : EMPTY;
}

// Lezer keeps no node for the `/` that ends positional-only parameters; it is found in
// the text between the nodes it does keep.
function slashBetween(text: string, from: number, to: number): number {
  const gap = text.slice(from, to).replace(/#[^\n]*/g, (m) => " ".repeat(m.length));
  const i = gap.indexOf("/");
  return i < 0 ? -1 : from + i;
}

interface Entry {
  /** `name`, `*name`, `**name`, bare `*`, or `/`. */
  readonly kind: "plain" | "star" | "doubleStar" | "slash";
  readonly param: Param | null;
  readonly node: SyntaxNode | null;
  readonly offset: number;
}

function readParams(cx: LowerContext, node: SyntaxNode, contentFrom: number): Params {
  const children = kids(node).filter((c) => c.name !== "(" && c.name !== ")");
  const entries: Entry[] = [];
  let gapFrom = contentFrom;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    const slash = slashBetween(cx.text, gapFrom, c.from);
    if (slash >= 0) entries.push({ kind: "slash", param: null, node: null, offset: slash });
    gapFrom = c.to;
    // Lezer's lambda grammar has no `/`; it arrives as an error node holding just `/`.
    if (c.type.isError && cx.src(c) === "/") {
      entries.push({ kind: "slash", param: null, node: null, offset: c.from });
      continue;
    }
    if (c.type.isError || c.name === ",") continue;
    if (c.name === "*" || c.name === "**") {
      const nameNode = children[i + 1]?.name === "VariableName" ? children[i + 1] : null;
      const param = nameNode ? readOne(cx, children, i + 1) : null;
      if (nameNode) {
        i = param!.last;
        gapFrom = children[i].to;
      }
      entries.push({
        kind: c.name === "*" ? "star" : "doubleStar",
        param: param ? param.param : null,
        node: c,
        offset: c.from,
      });
    } else if (c.name === "VariableName") {
      const one = readOne(cx, children, i);
      i = one.last;
      gapFrom = children[i].to;
      entries.push({ kind: "plain", param: one.param, node: c, offset: c.from });
    }
  }
  const closing = node.lastChild?.name === ")" ? node.lastChild.from : node.to;
  const slash = slashBetween(cx.text, gapFrom, closing);
  if (slash >= 0) entries.push({ kind: "slash", param: null, node: null, offset: slash });
  return assemble(cx, entries);
}

/** A name with its annotation and default, starting at `children[i]`. */
function readOne(cx: LowerContext, children: SyntaxNode[], i: number): { param: Param; last: number } {
  const nameNode = children[i];
  const at = cx.pos(nameNode);
  let annotation: Expr | null = null;
  let dflt: Expr | null = null;
  let last = i;
  if (children[last + 1]?.name === "TypeDef") {
    last++;
    const ann = kids(children[last]).find(isExprNode);
    annotation = ann ? lowerExpr(cx, ann) : missing(cx.pos(children[last].to));
  }
  if (children[last + 1]?.name === "AssignOp") {
    last++;
    const valueNode = children[last + 1];
    if (valueNode && isExprNode(valueNode)) {
      last++;
      dflt = lowerExpr(cx, valueNode);
    } else dflt = missing(cx.pos(children[last].to));
  }
  return {
    param: { name: cx.src(nameNode), default: dflt, annotation, line: at.line, col: at.col },
    last,
  };
}

/** Sorts entries into the Params slots and reports what CPython's parser rejects. */
function assemble(cx: LowerContext, entries: Entry[]): Params {
  const posonly: Param[] = [];
  const args: Param[] = [];
  const kwonly: Param[] = [];
  let vararg: Param | null = null;
  let kwarg: Param | null = null;
  let star: Entry | null = null;
  let sawSlash = false;
  let sawDefault = false;
  const err = (offset: number, message: string): void =>
    cx.diags.add("parse", "SyntaxError", message, offset, offset + 1, "derived");

  for (const e of entries) {
    if (kwarg) {
      err(e.offset, "arguments cannot follow var-keyword argument");
      break;
    }
    switch (e.kind) {
      case "slash":
        if (sawSlash) err(e.offset, "/ may appear only once");
        else if (star) err(e.offset, "/ must be ahead of *");
        else if (args.length === 0) err(e.offset, "at least one argument must precede /");
        sawSlash = true;
        posonly.push(...args.splice(0));
        break;
      case "star":
        if (star) err(e.offset, "* argument may appear only once");
        star = e;
        vararg = e.param;
        break;
      case "doubleStar":
        kwarg = e.param;
        if (star && !star.param && kwonly.length === 0) err(star.offset, "named arguments must follow bare *");
        break;
      case "plain": {
        const p = e.param!;
        if (star) kwonly.push(p);
        else {
          if (p.default) sawDefault = true;
          else if (sawDefault) err(e.offset, "non-default argument follows default argument");
          args.push(p);
        }
        break;
      }
    }
  }
  if (star && !star.param && kwonly.length === 0 && !kwarg) {
    err(star.offset, "named arguments must follow bare *");
  }
  return { posonly, args, vararg, kwonly, kwarg };
}
