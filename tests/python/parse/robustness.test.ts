import { describe, expect, it } from "vitest";
import type { Expr, Module, Stmt } from "../../../src/python/ast";
import { childExprs, stmtBlocks, stmtExprs } from "../../../src/python/parse/diagnostics/walk";
import { dumpModule } from "../../../src/python/parse/dump";
import { parse } from "../../../src/python/parse/index";
import { caseSource, fixtureFiles, readCases } from "./fixtures";

// Random damage to valid sources: the parser must never throw, must return a module
// whose every node has a sane position, and must give positions inside the source.

/** A small deterministic generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ":",
  ",",
  ";",
  ".",
  "=",
  "==",
  ":=",
  "*",
  "**",
  "@",
  "->",
  "'",
  '"',
  '"""',
  "'''",
  "f'{",
  "}",
  "\\",
  "\n",
  "    ",
  "\t",
  "#",
  "print ",
  "print >>",
  "yield",
  "await ",
  "async ",
  "lambda",
  "not ",
  "if ",
  "else",
  "elif ",
  "for ",
  " in ",
  "def ",
  "class ",
  "return",
  "except",
  ", e:",
  "0x",
  "1e",
  "1_",
  "5.",
  "\\N{",
  "\\x",
  "b'",
  "rb'",
  "global ",
  "nonlocal ",
  "del ",
  "import ",
  "from . import *",
  "match x:\n    case 1: pass",
  "type X = int",
  "except* E:",
  "\u00e9",
  "\ud800",
  "\0",
  "\r\n",
  "\r",
];

function mutate(source: string, next: () => number): string {
  const at = Math.floor(next() * (source.length + 1));
  const pick = next();
  if (pick < 0.25) return source.slice(0, at);
  if (pick < 0.5) {
    const len = Math.floor(next() * 20);
    return source.slice(0, at) + source.slice(at + len);
  }
  if (pick < 0.85) {
    const piece = PIECES[Math.floor(next() * PIECES.length)];
    return source.slice(0, at) + piece + source.slice(at);
  }
  const from = Math.floor(next() * source.length);
  return source.slice(0, at) + source.slice(from, from + Math.floor(next() * 40)) + source.slice(at);
}

function checkPositions(module: Module, lineCount: number): void {
  const check = (node: { line: number; col: number }): void => {
    expect(Number.isInteger(node.line) && node.line >= 1 && node.line <= lineCount + 1).toBe(true);
    expect(Number.isInteger(node.col) && node.col >= 0).toBe(true);
  };
  const expr = (e: Expr): void => {
    check(e);
    childExprs(e).forEach(expr);
  };
  const stmts = (list: readonly Stmt[]): void => {
    for (const s of list) {
      check(s);
      stmtExprs(s).forEach(expr);
      stmtBlocks(s).forEach(stmts);
    }
  };
  stmts(module.body);
}

const sources = fixtureFiles()
  .flatMap(readCases)
  .map(caseSource)
  .filter((s) => s.length > 20);

describe("parser robustness", () => {
  it("survives random damage to every fixture source", () => {
    const next = random(20261124);
    let runs = 0;
    for (let round = 0; round < 12; round++) {
      for (const original of sources) {
        let source = original;
        const damage = 1 + Math.floor(next() * 4);
        for (let k = 0; k < damage; k++) source = mutate(source, next);
        const result = parse(source);
        expect(Array.isArray(result.module.body)).toBe(true);
        const lineCount = source.split(/\r\n?|\n/).length;
        checkPositions(result.module, lineCount);
        for (const d of result.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lineCount + 1);
          expect(d.col).toBeGreaterThanOrEqual(0);
          expect(d.message.length).toBeGreaterThan(0);
        }
        expect(typeof dumpModule(result.module.body)).toBe("string");
        runs++;
      }
    }
    expect(runs).toBeGreaterThan(1000);
  });

  it.each([
    ["empty", ""],
    ["only newlines", "\n\n\n"],
    ["only spaces", "    "],
    ["a NUL byte", "x = 1\0\n"],
    ["a lone surrogate", "x = '\ud800'\n"],
    ["a byte-order mark", "\ufeffx = 1\n"],
    ["deep brackets", `x = ${"(".repeat(3000)}1${")".repeat(3000)}\n`],
    ["a long operator chain", `x = ${Array.from({ length: 5000 }, (_, i) => `a${i}`).join(" + ")}\n`],
    ["a long not chain", `x = ${"not ".repeat(5000)}a\n`],
    [
      "deep indentation",
      `${Array.from({ length: 300 }, (_, i) => `${" ".repeat(i)}if x:\n`).join("")}${" ".repeat(300)}pass\n`,
    ],
    ["unclosed everything", "def f(a, [b, {c: 'd\n"],
    ["stray closers", ")]}\n"],
  ])("returns a module for %s", (_name, source) => {
    const result = parse(source);
    expect(Array.isArray(result.module.body)).toBe(true);
  });
});
