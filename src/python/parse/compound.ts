import type { SyntaxNode } from "@lezer/common";
import type { ExceptHandler, Expr, Stmt, WithItem } from "../ast";
import { isExprNode, kids, missing, type LowerContext } from "./context";
import { lowerExpr, lowerExprList } from "./expressions";
import { lowerBody } from "./statements";

/** if / while / for / try / with; null for any other node (stray tokens after an error). */
export function lowerCompound(cx: LowerContext, node: SyntaxNode): Stmt | null {
  switch (node.name) {
    case "IfStatement":
      return lowerIf(cx, node);
    case "WhileStatement":
      return lowerWhile(cx, node);
    case "ForStatement":
      return lowerFor(cx, node);
    case "TryStatement":
      return lowerTry(cx, node);
    case "WithStatement":
      return lowerWith(cx, node);
    default:
      return null;
  }
}

/** The Body that follows an `else` keyword child, if any. */
function elseBody(cx: LowerContext, children: SyntaxNode[]): Stmt[] {
  const i = children.findIndex((c) => c.name === "else");
  return i >= 0 && children[i + 1]?.name === "Body" ? lowerBody(cx, children[i + 1]) : [];
}

function test(cx: LowerContext, node: SyntaxNode | undefined, fallback: SyntaxNode): Expr {
  return node && isExprNode(node) ? lowerExpr(cx, node) : missing(cx.pos(fallback.to));
}

/** `elif` clauses become an IfStmt alone in the orelse of the clause before. */
function lowerIf(cx: LowerContext, node: SyntaxNode): Stmt {
  const children = kids(node);
  const clauses: { at: SyntaxNode; test: Expr; body: Stmt[] }[] = [];
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c.name !== "if" && c.name !== "elif") continue;
    const next = children[i + 1];
    const body = children.slice(i + 1).find((b) => b.name === "Body");
    clauses.push({ at: c, test: test(cx, next, c), body: lowerBody(cx, body) });
  }
  let orelse = elseBody(cx, children);
  for (let i = clauses.length - 1; i >= 1; i--) {
    const at = cx.pos(clauses[i].at);
    orelse = [{ kind: "if", test: clauses[i].test, body: clauses[i].body, orelse, line: at.line, col: at.col }];
  }
  const at = cx.pos(node);
  const first = clauses[0] ?? { test: missing(at), body: [] };
  return { kind: "if", test: first.test, body: first.body, orelse, line: at.line, col: at.col };
}

function lowerWhile(cx: LowerContext, node: SyntaxNode): Stmt {
  const children = kids(node);
  const at = cx.pos(node);
  return {
    kind: "while",
    test: test(cx, children[1], children[0]),
    body: lowerBody(
      cx,
      children.find((c) => c.name === "Body"),
    ),
    orelse: elseBody(cx, children),
    line: at.line,
    col: at.col,
  };
}

function lowerFor(cx: LowerContext, node: SyntaxNode): Stmt {
  const children = kids(node);
  const at = cx.pos(node);
  const forAt = children.findIndex((c) => c.name === "for");
  const inAt = children.findIndex((c) => c.name === "in");
  const bodyAt = children.findIndex((c) => c.name === "Body");
  const targetNodes = children.slice(forAt + 1, inAt >= 0 ? inAt : bodyAt >= 0 ? bodyAt : undefined);
  const iterNodes = inAt >= 0 ? children.slice(inAt + 1, bodyAt >= 0 ? bodyAt : undefined) : [];
  return {
    kind: "for",
    target: targetNodes.length > 0 ? lowerExprList(cx, targetNodes, cx.pos(targetNodes[0])) : missing(at),
    iter: iterNodes.length > 0 ? lowerExprList(cx, iterNodes, cx.pos(iterNodes[0])) : missing(at),
    body: bodyAt >= 0 ? lowerBody(cx, children[bodyAt]) : [],
    orelse: elseBody(cx, children),
    isAsync: children[0]?.name === "async",
    line: at.line,
    col: at.col,
  };
}

/**
 * try / except / else / finally. `except E, e:` (Python 2) means `except E as e:`.
 * `except*` clauses mark the statement `star`; they cannot be mixed with `except`.
 */
function lowerTry(cx: LowerContext, node: SyntaxNode): Stmt {
  const children = kids(node);
  const at = cx.pos(node);
  let body: Stmt[] = [];
  const handlers: ExceptHandler[] = [];
  let orelse: Stmt[] = [];
  let finalbody: Stmt[] = [];
  let star: boolean | null = null;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c.name === "try" && children[i + 1]?.name === "Body") body = lowerBody(cx, children[++i]);
    else if (c.name === "else" && children[i + 1]?.name === "Body") orelse = lowerBody(cx, children[++i]);
    else if (c.name === "finally" && children[i + 1]?.name === "Body") finalbody = lowerBody(cx, children[++i]);
    else if (c.name === "except") {
      let j = i + 1;
      const isStar = children[j]?.name === "*";
      if (isStar) j++;
      // The first clause decides what the statement is; a clause of the other kind is an error.
      if (star === null) star = isStar;
      else if (star !== isStar) cx.error(c, "cannot have both 'except' and 'except*' on the same 'try'");
      let type: Expr | null = null;
      let name: string | null = null;
      if (children[j] && isExprNode(children[j])) type = lowerExpr(cx, children[j++]);
      else if (isStar) cx.error(c, "expected one or more exception types");
      if ((children[j]?.name === "as" || children[j]?.name === ",") && children[j + 1]?.name === "VariableName") {
        name = cx.src(children[j + 1]);
        j += 2;
      }
      const bodyNode = children[j]?.name === "Body" ? children[j] : undefined;
      const hat = cx.pos(c);
      handlers.push({ type, name, body: lowerBody(cx, bodyNode), line: hat.line, col: hat.col });
      i = bodyNode ? j : j - 1;
    }
  }
  if (handlers.length === 0 && !children.some((c) => c.name === "finally")) {
    cx.error(node, "expected 'except' or 'finally' block", afterTry(cx.text, node.to));
  }
  return { kind: "try", body, handlers, orelse, finalbody, star: star === true, line: at.line, col: at.col };
}

/**
 * Where CPython notices a `try` without handlers: at the next token after its body,
 * or, at the end of the file, where the body's last line ends.
 */
function afterTry(text: string, end: number): number {
  let i = end;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text[i] !== "#") break;
    while (i < text.length && text[i] !== "\n") i++;
  }
  if (i < text.length) return i;
  let j = end;
  while (j > 0 && /\s/.test(text[j - 1])) j--;
  return j;
}

function lowerWith(cx: LowerContext, node: SyntaxNode): Stmt {
  const children = kids(node);
  const at = cx.pos(node);
  const items: WithItem[] = [];
  const withAt = children.findIndex((c) => c.name === "with");
  let bodyNode: SyntaxNode | undefined;
  for (let i = withAt + 1; i < children.length; i++) {
    const c = children[i];
    if (c.name === "Body") {
      bodyNode = c;
      break;
    }
    if (!isExprNode(c)) continue;
    let target: Expr | null = null;
    if (children[i + 1]?.name === "as" && children[i + 2] && isExprNode(children[i + 2])) {
      target = lowerExpr(cx, children[i + 2]);
      items.push({ context: lowerExpr(cx, c), target });
      i += 2;
    } else items.push({ context: lowerExpr(cx, c), target });
  }
  return {
    kind: "with",
    items,
    body: lowerBody(cx, bodyNode),
    isAsync: children[0]?.name === "async",
    line: at.line,
    col: at.col,
  };
}
