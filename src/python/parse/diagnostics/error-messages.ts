import type { SyntaxNode } from "@lezer/common";

/** CPython's wording for some common mistakes Lezer marks with a bare error node. */
export interface Explained {
  readonly message: string;
  /** Where CPython puts it (offset). */
  readonly at: number;
  /** Where the construct it names ends, when that is past the error node. */
  readonly end?: number;
}

const COMPOUND = new Set([
  "IfStatement",
  "WhileStatement",
  "ForStatement",
  "WithStatement",
  "TryStatement",
  "FunctionDefinition",
  "ClassDefinition",
]);

const BRACKETED = new Set([
  "ArgList",
  "ArrayExpression",
  "ArrayComprehensionExpression",
  "TupleExpression",
  "ParenthesizedExpression",
  "SetExpression",
  "SetComprehensionExpression",
  "DictionaryExpression",
  "DictionaryComprehensionExpression",
  "ComprehensionExpression",
]);

// Words that cannot start or end an operand (True, False, None, not, lambda and
// await can start one).
const KEYWORDS = new Set([
  "and",
  "as",
  "assert",
  "async",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "nonlocal",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
  "not",
  "lambda",
  "await",
]);
const STARTS_OPERAND = new Set(["True", "False", "None", "not", "lambda", "await"]);

const IDENT = /[\p{L}\p{N}_]/u;

/** The rest of the line from `at`, without spaces and a comment: empty when the line ends there. */
function restOfLine(text: string, at: number): string {
  const end = text.indexOf("\n", at);
  return text
    .slice(at, end < 0 ? text.length : end)
    .replace(/#.*/, "")
    .trim();
}

/** The word ending just before `at` (skipping white space), or the character there. */
function tokenBefore(text: string, at: number): { text: string; from: number } | null {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  if (i === 0) return null;
  if (!IDENT.test(text[i - 1])) return { text: text[i - 1], from: i - 1 };
  let j = i;
  while (j > 0 && IDENT.test(text[j - 1])) j--;
  return { text: text.slice(j, i), from: j };
}

function tokenAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && /[ \t\n]/.test(text[i])) i++;
  const m = /^[\p{L}\p{N}_]+/u.exec(text.slice(i, i + 40));
  return m ? m[0] : (text[i] ?? "");
}

/** Where the token that starts after `at` (skipping white space) ends. */
function tokenAfterEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i])) i++;
  const word = /^[\p{L}\p{N}_]+/u.exec(text.slice(i, i + 80));
  if (word && !/^["']/.test(text[i + word[0].length] ?? "")) return i + word[0].length;
  const quoteAt = word ? i + word[0].length : i;
  const q = text[quoteAt];
  if (q === '"' || q === "'") {
    const close = text.indexOf(q, quoteAt + 1);
    return close < 0 ? text.length : close + 1;
  }
  return Math.min(i + 1, text.length);
}

function insideBrackets(node: SyntaxNode): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (BRACKETED.has(p.name) || (p.name === "MemberExpression" && p.getChild("["))) return true;
    if (p.name.endsWith("Statement") || p.name === "Script" || p.name === "Body") return false;
  }
  return false;
}

/**
 * `f(a b)`: two operands in brackets with nothing between them. CPython says
 * "Perhaps you forgot a comma?" unless the first is a name and the second a string
 * (`print "x"`-like), or a keyword is involved.
 */
function missingComma(node: SyntaxNode, text: string): Explained | null {
  if (!insideBrackets(node)) return null;
  const before = tokenBefore(text, node.from);
  const after = tokenAfter(text, node.from);
  if (!before || !after) return null;
  const endsOperand = IDENT.test(before.text[0]) ? !KEYWORDS.has(before.text) : /^["')\]}]$/.test(before.text);
  const startsString = /^[rRbBuUfF]{0,2}["']/.test(text.slice(node.from).trimStart());
  const startsOperand = IDENT.test(after[0])
    ? !KEYWORDS.has(after) || STARTS_OPERAND.has(after)
    : /^["'([{~]$/.test(after);
  if (!endsOperand || !startsOperand) return null;
  if (IDENT.test(before.text[0]) && !/^[0-9]/.test(before.text) && startsString) return null;
  const prev = node.prevSibling;
  const at = prev && prev.to <= node.from && !prev.type.isError && prev.to >= before.from ? prev.from : before.from;
  // CPython read one token past the second operand; where that is matters when a bracket stays open.
  const end = node.to > node.from ? node.to : (node.nextSibling?.to ?? tokenAfterEnd(text, node.from));
  return { message: "invalid syntax. Perhaps you forgot a comma?", at, end };
}

// Keywords after which a header still lacks its expression: `if` alone is not missing a colon.
const NEEDS_MORE = new Set(["if", "elif", "while", "for", "in", "with", "as", "def", "class", "except", "async"]);

/** Explains an error node in CPython's words, or returns null for a plain `invalid syntax`. */
export function explainError(node: SyntaxNode, text: string): Explained | null {
  const parent = node.parent;
  if (!parent) return null;
  const prev = node.prevSibling;

  // `def f:`: the parameter list must follow the name.
  if (parent.name === "FunctionDefinition" && prev?.name === "VariableName" && !parent.getChild("ParamList")) {
    return { message: "expected '('", at: node.from };
  }
  // CPython insists on the colon after `def f(...)`, `try` and `finally`, whatever comes instead.
  const forcedColon =
    (parent.name === "FunctionDefinition" && (prev?.name === "ParamList" || prev?.name === "TypeDef")) ||
    (parent.name === "TryStatement" && (prev?.name === "try" || prev?.name === "finally"));
  if (forcedColon) return { message: "expected ':'", at: node.from };

  // `if x` / `class C(A)` / `else` at the end of a line: the colon is missing.
  const header =
    COMPOUND.has(parent.name) && prev !== null && prev.name !== "Body" && !NEEDS_MORE.has(prev.name) ? prev : null;
  const beforeBody = parent.prevSibling;
  const bodyStart =
    parent.name === "Body" &&
    parent.firstChild?.from === node.from &&
    COMPOUND.has(parent.parent?.name ?? "") &&
    beforeBody !== null &&
    !NEEDS_MORE.has(beforeBody.name) &&
    text.slice(beforeBody.to, node.from).trim() === "";
  const afterHeader = header ? text.slice(header.to, node.from).trim() === "" : bodyStart;
  if (afterHeader && restOfLine(text, node.from) === "") return { message: "expected ':'", at: node.from };

  // `a if b` with no `else`.
  if (parent.name === "ConditionalExpression" && !parent.getChild("else")) {
    const ifAt = parent.getChild("if");
    if (ifAt && ifAt.nextSibling && !ifAt.nextSibling.type.isError) {
      return { message: "expected 'else' after 'if' expression", at: parent.from };
    }
  }

  return missingComma(node, text);
}
