import { describe, expect, it } from "vitest";
import type { Expr, Pos, Stmt } from "../../../src/python/ast";
import { parse } from "../../../src/python/parse/index";
import { LineIndex } from "../../../src/python/parse/positions";

// Positions are left out of the golden dumps; these are checked against what CPython's
// ast module reports for the same source (line 1-based, column 0-based).

const SOURCE = `import os
@dec
async def f(a, b=1):
    """doc"""
    x = (a +
         b)
    if x:
        pass
    elif y:
        pass
    return f"{x!r}", -a
class C(B):
    y: int = 3
print(1, 2)[0]
z = not a and b
w = [i for i in r]
t = 1, 2
`;

const at = (node: Pos): [number, number] => [node.line, node.col];

function field<K extends string>(node: Stmt | Expr, key: K): unknown {
  return (node as unknown as Record<K, unknown>)[key];
}

describe("node positions", () => {
  const { module, diagnostics } = parse(SOURCE);
  const body = module.body;

  it("parses the sample cleanly", () => {
    expect(diagnostics).toEqual([]);
  });

  it("puts a decorated def on its def line", () => {
    const f = body[1];
    expect(f.kind).toBe("functiondef");
    expect(at(f)).toEqual([3, 0]);
    if (f.kind !== "functiondef") return;
    expect(at(f.decorators[0])).toEqual([2, 1]);
    expect(at(f.body[0])).toEqual([4, 4]);
  });

  it("gives a parenthesized expression the position of its content", () => {
    const f = body[1];
    if (f.kind !== "functiondef") throw new Error("expected def");
    const assign = f.body[1];
    expect(at(assign)).toEqual([5, 4]);
    expect(at(field(assign, "value") as Expr)).toEqual([5, 9]);
  });

  it("places an elif at its keyword", () => {
    const f = body[1];
    if (f.kind !== "functiondef") throw new Error("expected def");
    const stmt = f.body[2];
    if (stmt.kind !== "if") throw new Error("expected if");
    expect(at(stmt)).toEqual([7, 4]);
    expect(at(stmt.orelse[0])).toEqual([9, 4]);
    expect(at((stmt.orelse[0] as Stmt & { body: Stmt[] }).body[0])).toEqual([10, 8]);
  });

  it("positions a bare tuple, an f-string field and a unary operand", () => {
    const f = body[1];
    if (f.kind !== "functiondef") throw new Error("expected def");
    const ret = f.body[3];
    if (ret.kind !== "return" || ret.value?.kind !== "tuple") throw new Error("expected tuple return");
    expect(at(ret)).toEqual([11, 4]);
    expect(at(ret.value)).toEqual([11, 11]);
    const [fstring, neg] = ret.value.elts;
    expect(at(fstring)).toEqual([11, 11]);
    if (fstring.kind !== "fstring" || fstring.parts[0].kind !== "field") throw new Error("expected field");
    expect(at(fstring.parts[0].value)).toEqual([11, 14]);
    expect(at(neg)).toEqual([11, 21]);
  });

  it("positions class members, calls, boolean operators and displays", () => {
    const cls = body[2];
    if (cls.kind !== "classdef") throw new Error("expected class");
    expect(at(cls)).toEqual([12, 0]);
    expect(at(cls.body[0])).toEqual([13, 4]);
    expect(at(field(body[3], "value") as Expr)).toEqual([14, 0]);
    const boolop = field(body[4], "value") as Expr;
    expect(boolop.kind).toBe("boolop");
    expect(at(boolop)).toEqual([15, 4]);
    if (boolop.kind !== "boolop") return;
    expect(at(boolop.values[0])).toEqual([15, 4]);
    expect(at(boolop.values[1])).toEqual([15, 14]);
    expect(at(field(body[5], "value") as Expr)).toEqual([16, 4]);
    expect(at(field(body[6], "value") as Expr)).toEqual([17, 4]);
  });

  it("starts an operation at the parenthesis of its first operand", () => {
    const [stmt] = parse("(a) + b\n").module.body;
    const value = field(stmt, "value") as Expr;
    expect(value.kind).toBe("binop");
    expect(at(value)).toEqual([1, 0]);
    expect(at(field(value, "left") as Expr)).toEqual([1, 1]);
  });

  it("keeps positions with CRLF and CR line endings", () => {
    expect(parse(SOURCE.replace(/\n/g, "\r\n"))).toEqual(parse(SOURCE));
    expect(parse(SOURCE.replace(/\n/g, "\r"))).toEqual(parse(SOURCE));
  });

  it("positions a Python 2 print statement and its values", () => {
    const { module: m } = parse("if x:\n    print >>f, 'a', b\n");
    const stmt = m.body[0];
    if (stmt.kind !== "if") throw new Error("expected if");
    const print = stmt.body[0];
    if (print.kind !== "print") throw new Error("expected print");
    expect(at(print)).toEqual([2, 4]);
    expect(print.dest && at(print.dest)).toEqual([2, 12]);
    expect(print.values.map(at)).toEqual([
      [2, 15],
      [2, 20],
    ]);
  });

  it("reports a block missing at the end of the file on the last line", () => {
    const [d] = parse("for x in y:\n\n\n").diagnostics;
    expect(d).toMatchObject({ line: 3, message: "expected an indented block after 'for' statement on line 1" });
  });

  it("gives diagnostics a range", () => {
    const [d] = parse("x = (1 +\n").diagnostics;
    expect(d).toMatchObject({ line: 1, col: 4, endLine: 1, endCol: 5, message: "'(' was never closed" });
  });
});

describe("LineIndex", () => {
  it.each([
    [0, 1, 0],
    [3, 1, 3],
    [4, 2, 0],
    [6, 2, 2],
    [7, 3, 0],
    [99, 3, 0],
  ])("offset %i is line %i column %i", (offset, line, col) => {
    expect(new LineIndex("abc\nde\n").pos(offset)).toEqual({ line, col });
  });

  it("counts lines as CPython does", () => {
    expect(new LineIndex("a\nb\n").lineCount).toBe(2);
    expect(new LineIndex("a\nb").lineCount).toBe(2);
    expect(new LineIndex("").lineCount).toBe(1);
  });
});
