/**
 * `ast`, the part programs use without the syntax tree: `literal_eval`. The text goes
 * through the program's own parser; a tree holding only what literal_eval accepts
 * (constants, tuple/list/set/dict displays, `set()`, a signed number, a real plus or
 * minus an imaginary number) is then evaluated with the builtins out of reach; any
 * other node fails with CPython's "malformed node or string" ValueError. `ast.parse`,
 * `ast.dump` and the node classes are not provided.
 */
import { None, PyObject, objectType, type PyModule, type PyValue } from "../objects/core";
import { PyDict, dictType } from "../objects/containers";
import type { Expr } from "../ast";
import type { Interpreter } from "../interp/interpreter";
import { parse } from "../parse";
import { compileSource } from "../run";
import { syntaxError } from "../builtins/syntax-error";
import { setItem } from "../interp/subscript";
import { makeModule, native } from "./util";

/** CPython's node class for each kind of expression of ours. */
const NODE_NAMES: Readonly<Record<string, string>> = {
  name: "Name",
  const: "Constant",
  str: "Constant",
  bytes: "Constant",
  fstring: "JoinedStr",
  tuple: "Tuple",
  list: "List",
  set: "Set",
  dict: "Dict",
  listcomp: "ListComp",
  setcomp: "SetComp",
  genexp: "GeneratorExp",
  dictcomp: "DictComp",
  attribute: "Attribute",
  subscript: "Subscript",
  slice: "Slice",
  call: "Call",
  binop: "BinOp",
  unary: "UnaryOp",
  boolop: "BoolOp",
  compare: "Compare",
  ifexp: "IfExp",
  lambda: "Lambda",
  yield: "Yield",
  yieldfrom: "YieldFrom",
  await: "Await",
  named: "NamedExpr",
  starred: "Starred",
};

class Malformed {
  constructor(readonly node: Expr | null) {}
}

/** A number constant as `_convert_num` accepts it: int, float or complex, never bool. */
function isNumber(e: Expr): boolean {
  return e.kind === "const" && (e.value.type === "int" || e.value.type === "float" || e.value.type === "complex");
}

function checkNum(e: Expr): void {
  if (!isNumber(e)) throw new Malformed(e);
}

function checkSignedNum(e: Expr): void {
  if (e.kind === "unary" && (e.op === "+" || e.op === "-")) checkNum(e.operand);
  else checkNum(e);
}

/** Walks the tree in the order CPython converts it, so the first bad node is the one reported. */
function check(e: Expr | null): void {
  if (e === null) throw new Malformed(null);
  switch (e.kind) {
    case "const":
    case "str":
    case "bytes":
      return;
    case "tuple":
    case "list":
    case "set":
      for (const x of e.elts) check(x);
      return;
    case "dict":
      for (const { key, value } of e.entries) {
        check(key);
        check(value);
      }
      return;
    case "call":
      if (e.func.kind === "name" && e.func.id === "set" && e.args.length === 0) return;
      break;
    case "binop":
      if (e.op === "+" || e.op === "-") {
        checkSignedNum(e.left);
        checkNum(e.right);
        if (e.right.kind === "const" && e.right.value.type === "complex") {
          const left = e.left.kind === "unary" ? e.left.operand : e.left;
          if (left.kind === "const" && left.value.type !== "complex") return;
        }
      }
      break;
    default:
      break;
  }
  checkSignedNum(e);
}

function literalEval(rt: Interpreter, v: PyValue): PyValue {
  if (typeof v !== "string") throw rt.error("ValueError", `malformed node or string: ${rt.repr(v)}`);
  const text = v.replace(/^[ \t]+/, "");
  // Nothing at all to read: CPython's parser reports it at line 0.
  if (text === "") throw syntaxError(rt, "SyntaxError", "invalid syntax", "<unknown>", "", 0, 0);
  const compiled = compileSource(text, "<unknown>", "eval");
  if (!compiled.ok) {
    const d = compiled.diagnostics[0]!;
    throw syntaxError(rt, d.type, d.message, "<unknown>", text, d.line, d.col);
  }
  const stmt = parse(text).module.body[0];
  try {
    check(stmt?.kind === "expr" ? stmt.value : null);
  } catch (e) {
    if (!(e instanceof Malformed)) throw e;
    const node = e.node;
    if (node === null) throw rt.error("ValueError", "malformed node or string: None");
    const address = rt.addressOf(new PyObject(objectType));
    const name = NODE_NAMES[node.kind] ?? "expr";
    throw rt.error("ValueError", `malformed node or string on line ${node.line}: <ast.${name} object at ${address}>`);
  }
  // Only literals are left: evaluate them where nothing but `set` can be named.
  const globals = new PyDict(dictType);
  setItem(rt, globals, "__builtins__", new PyDict(dictType));
  setItem(rt, globals, "set", rt.builtins.get("set")!);
  return rt.call(rt.builtins.get("eval")!, [text, globals]) ?? None;
}

/** Build `ast` (literal_eval only). */
export function astModule(_rt: Interpreter): PyModule {
  return makeModule("ast", {
    literal_eval: native("literal_eval", (rt, args) => literalEval(rt, args[0] ?? None)),
  });
}
