import type { DiagnosticSink } from "../diagnostics/sink";
import type { LineIndex } from "../positions";

/**
 * A logical line as CPython's tokenizer sees it: physical lines joined by brackets or
 * backslashes, blank and comment-only lines dropped.
 */
export interface LogicalLine {
  /** 1-based line of the first token. */
  readonly line: number;
  /** Offset of the first token. */
  readonly start: number;
  /** Indentation width with tabs to the next multiple of 8. */
  readonly indent: number;
  /** Indentation width with tabs as 1, to detect inconsistent tabs and spaces. */
  readonly altIndent: number;
  /** When the line ends with `:` after a compound-statement keyword: CPython's name for it, e.g. `'if' statement`. */
  readonly opener: string | null;
  /** Offset just past the last token. */
  readonly end: number;
}

export interface OpenBracket {
  readonly char: string;
  readonly offset: number;
}

export interface ScanResult {
  readonly lines: readonly LogicalLine[];
  /** The innermost bracket still open at the end of the source. */
  readonly unclosed: OpenBracket | null;
  /** Python 2 print statements: the offset of `print`, and of `>>` when it prints to a file. */
  readonly prints: readonly { readonly at: number; readonly dest: number | null }[];
  /** `print` at the start of a statement that assigns to it (`print = log`), by offset. */
  readonly printNames: readonly number[];
  /** Number literals with a dot Lezer cannot read (`5.`, `1.e5`, `1.j`): their spans. */
  readonly dottedNumbers: readonly { readonly from: number; readonly to: number }[];
  /** Backslashes just before a `{` or `}` in f-strings (see `rewrite.ts`). */
  readonly fstringBackslashes: readonly number[];
  /** The spans of unterminated string literals (to the end of their line, or of the source). */
  readonly unterminated: readonly { readonly from: number; readonly to: number }[];
  /**
   * `with (A() as a, B() as b):`: offsets of the parentheses around a with statement's
   * items (reaching its colon), and of a trailing comma inside them, if any.
   */
  readonly withParens: readonly { readonly open: number; readonly close: number; readonly comma: number | null }[];
}

const STRING_PREFIXES = new Set(["", "r", "u", "b", "br", "rb", "f", "fr", "rf"]);
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

function isIdentChar(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57) || ch === 95 || ch >= 128;
}

function openerName(first: string, second: string): string | null {
  switch (first) {
    case "if":
    case "elif":
    case "else":
    case "while":
    case "for":
    case "try":
    case "finally":
    case "with":
    case "match":
    case "case":
      return `'${first}' statement`;
    case "except":
      return second === "*" ? "'except*' statement" : "'except' statement";
    case "def":
      return "function definition";
    case "class":
      return "class definition";
    case "async":
      if (second === "def") return "function definition";
      if (second === "for" || second === "with") return `'${second}' statement`;
      return null;
    default:
      return null;
  }
}

/**
 * A light version of CPython's tokenizer: finds logical lines and their indentation,
 * and reports what the tokenizer itself rejects (unterminated strings, unmatched
 * brackets, stray backslashes). Lezer recovers from these silently or far from the
 * cause, so they are checked here on the raw text.
 */
export function scan(text: string, index: LineIndex, sink: DiagnosticSink): ScanResult {
  const n = text.length;
  const lines: LogicalLine[] = [];
  const stack: OpenBracket[] = [];
  const unterminated: { from: number; to: number }[] = [];
  const prints: { at: number; dest: number | null }[] = [];
  const printNames: number[] = [];
  const dottedNumbers: { from: number; to: number }[] = [];
  const fstringBackslashes: number[] = [];
  const withParens: { open: number; close: number; comma: number | null }[] = [];
  // A `(` right after a statement's `with`, while open: the first token and whether a
  // `for` or `:=` (a generator expression or a named expression, which need their
  // parentheses, not a list of items) came at its top level, and the
  // offset of the last top-level token if that was a comma.
  let withParen: { open: number; first: string | null; sawFor: boolean; comma: number } | null = null;
  // Whether the next token starts a statement, and whether this line's compound
  // header (`if x:`) has yet to reach its colon, after which a statement may follow.
  let statementStart = false;
  let headerColonPending = false;
  let i = 0;
  let atLineStart = true;
  // The logical line being read.
  let start = -1;
  let indent = 0;
  let altIndent = 0;
  let words: string[] = [];
  let lastToken = "";
  let lastEnd = 0;

  const token = (t: string, end: number): void => {
    if (words.length === 0 && COMPOUND_KEYWORDS.has(t)) headerColonPending = true;
    if (words.length < 2) words.push(t);
    if (withParen !== null && stack.length === 1 && end - 1 !== withParen.open) {
      withParen.first ??= t;
      if (t === "for" || t === ":=") withParen.sawFor = true;
      withParen.comma = t === "," ? end - 1 : -1;
    }
    lastToken = t;
    lastEnd = end;
    statementStart = false;
    if (stack.length === 0 && t === ";") statementStart = true;
    else if (stack.length === 0 && t === ":" && headerColonPending) {
      statementStart = true;
      headerColonPending = false;
    }
  };

  const finishLine = (): void => {
    if (start < 0) return;
    lines.push({
      line: index.pos(start).line,
      start,
      indent,
      altIndent,
      opener: lastToken === ":" ? openerName(words[0] ?? "", words[1] ?? "") : null,
      end: lastEnd,
    });
    start = -1;
    words = [];
    lastToken = "";
  };

  while (i < n) {
    if (atLineStart) {
      let col = 0;
      let alt = 0;
      let j = i;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === 32) {
          col++;
          alt++;
        } else if (c === 9) {
          col = (Math.floor(col / 8) + 1) * 8;
          alt++;
        } else if (c === 12) {
          col = 0;
          alt = 0;
        } else break;
      }
      const c = text.charCodeAt(j);
      if (j >= n) {
        i = j;
        break;
      }
      if (c === 10 || c === 13 || c === 35) {
        // Blank or comment-only line: no logical line, no indentation.
        while (j < n && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
        if (text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10) j++;
        i = j + 1;
        continue;
      }
      start = j;
      indent = col;
      altIndent = alt;
      atLineStart = false;
      statementStart = true;
      headerColonPending = false;
      i = j;
    }

    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 12) {
      i++;
    } else if (c === 35) {
      while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    } else if (c === 10 || c === 13) {
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      if (stack.length === 0) {
        finishLine();
        atLineStart = true;
      }
    } else if (c === 92) {
      const next = text.charCodeAt(i + 1);
      if (next === 10) i += 2;
      else if (next === 13) i += text.charCodeAt(i + 2) === 10 ? 3 : 2;
      else if (i + 1 >= n) i++;
      else {
        sink.add("token", "SyntaxError", "unexpected character after line continuation character", i, i + 1);
        i++;
      }
    } else if (c === 34 || c === 39) {
      i = scanString(text, i, i, index, sink, { unterminated, fstringBackslashes });
      token("str", i);
    } else if (isIdentChar(c) && !(c >= 48 && c <= 57)) {
      let j = i + 1;
      while (j < n && isIdentChar(text.charCodeAt(j))) j++;
      const q = text.charCodeAt(j);
      if ((q === 34 || q === 39) && STRING_PREFIXES.has(text.slice(i, j).toLowerCase())) {
        i = scanString(text, i, j, index, sink, { unterminated, fstringBackslashes });
        token("str", i);
      } else {
        const word = text.slice(i, j);
        if (word === "print" && statementStart) {
          const site = printStatement(text, j);
          if (site === "assignment") printNames.push(i);
          else if (site !== false) prints.push({ at: i, dest: site });
        }
        token(word, j);
        i = j;
      }
    } else if ((c >= 48 && c <= 57) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (isIdentChar(d) || d === 46) continue;
        // An exponent sign: `1e-5`.
        const prev = text.charCodeAt(j - 1) | 32;
        if ((d === 43 || d === 45) && prev === 101 && !/^0[xX]/.test(text.slice(i, j))) continue;
        break;
      }
      if (DOTTED_NUMBER.test(text.slice(i, j))) dottedNumbers.push({ from: i, to: j });
      token("num", j);
      i = j;
    } else if (c === 40 || c === 91 || c === 123) {
      // CPython's tokenizer stops at 200 levels of brackets.
      if (stack.length === 200) sink.add("token", "SyntaxError", "too many nested parentheses", i, i + 1);
      const afterWith =
        c === 40 &&
        stack.length === 0 &&
        lastToken === "with" &&
        (words.length === 1 || (words.length === 2 && words[0] === "async"));
      stack.push({ char: text[i], offset: i });
      token(text[i], i + 1);
      if (afterWith) withParen = { open: i, first: null, sawFor: false, comma: -1 };
      i++;
    } else if (c === 41 || c === 93 || c === 125) {
      const ch = text[i];
      const open = stack.pop();
      if (!open) {
        sink.add("token", "SyntaxError", `unmatched '${ch}'`, i, i + 1);
      } else if (open.char !== CLOSERS[ch]) {
        const openLine = index.pos(open.offset).line;
        const where = openLine !== index.pos(i).line ? ` on line ${openLine}` : "";
        sink.add(
          "token",
          "SyntaxError",
          `closing parenthesis '${ch}' does not match opening parenthesis '${open.char}'${where}`,
          i,
          i + 1,
        );
      }
      if (withParen !== null && open?.offset === withParen.open) {
        if (closesWithItems(text, i, withParen)) {
          withParens.push({ open: withParen.open, close: i, comma: withParen.comma >= 0 ? withParen.comma : null });
        }
        withParen = null;
      }
      token(ch, i + 1);
      i++;
    } else if (c === 58 && text.charCodeAt(i + 1) === 61) {
      token(":=", i + 2);
      i += 2;
    } else {
      token(text[i], i + 1);
      i++;
    }
  }
  finishLine();
  return {
    lines,
    unclosed: stack.length > 0 ? stack[stack.length - 1] : null,
    prints,
    printNames,
    dottedNumbers,
    fstringBackslashes,
    unterminated,
    withParens,
  };
}

/**
 * Whether the `)` at `close` ends parentheses that hold a with statement's items: it is
 * followed by the statement's colon, and what it closes is not a generator expression,
 * a named expression or a `yield` (where the parentheses belong to the expression).
 */
function closesWithItems(text: string, close: number, paren: { first: string | null; sawFor: boolean }): boolean {
  if (paren.first === null || paren.first === "yield" || paren.sawFor) return false;
  let j = close + 1;
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
  return text.charCodeAt(j) === 58 && text.charCodeAt(j + 1) !== 61;
}

// A well-formed number with a dot and no digits after it: `5.`, `1.e5`, `2.j`, `1.e-5j`.
const DOTTED_NUMBER = /^[0-9](_?[0-9])*\.([eE][+-]?[0-9](_?[0-9])*[jJ]?|[jJ])?$/;

const COMPOUND_KEYWORDS = new Set([
  "if",
  "elif",
  "else",
  "while",
  "for",
  "try",
  "except",
  "finally",
  "with",
  "def",
  "class",
  "async",
]);

// After `print` these only make sense with `print` as a name (`print = f`, `print == f`,
// `print, x = ...`, `print += 1`, `print: T`), never as a Python 2 statement.
const PRINT_AS_NAME = /^(=|,|:(?!=)|\)|\]|\}|\/\/=|\*\*=|>>=|<<=|[-+*/%&|^@]=)/;

/**
 * Whether `print` ending at `after` is a Python 2 print statement, by the rule of
 * Lezer's own tokenizer (anything but `(`, `.`, a comment or the line's end follows),
 * except where what follows makes it a name. Returns false if it is not a statement,
 * "assignment" when Lezer would wrongly take it for one, else the offset of `>>` when it
 * prints to a file, or null.
 */
function printStatement(text: string, after: number): number | null | false | "assignment" {
  let k = after;
  while (text[k] === " " || text[k] === "\t") k++;
  const c = text[k];
  if (c === "(" || c === "." || c === "\n" || c === "\r" || c === "#") return false;
  if (PRINT_AS_NAME.test(text.slice(k, k + 3))) return "assignment";
  return text.startsWith(">>", k) ? k : null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Skips a string literal whose prefix starts at `from` and whose opening quote is at
 * `quoteAt`; returns the offset after it. A backslash always takes the next character
 * along (even in raw strings), as in CPython's tokenizer.
 */
function scanString(
  text: string,
  from: number,
  quoteAt: number,
  index: LineIndex,
  sink: DiagnosticSink,
  found: { unterminated: { from: number; to: number }[]; fstringBackslashes: number[] },
): number {
  const { unterminated } = found;
  const format = /f/i.test(text.slice(from, quoteAt));
  const n = text.length;
  const q = text[quoteAt];
  const triple = text.startsWith(q + q + q, quoteAt);
  let i = quoteAt + (triple ? 3 : 1);
  for (;;) {
    if (i >= n) {
      const message = triple
        ? `unterminated triple-quoted string literal (detected at line ${index.lineCount})`
        : `unterminated string literal (detected at line ${index.pos(n).line})`;
      sink.add("token", "SyntaxError", message, from, n);
      unterminated.push({ from, to: n });
      return n;
    }
    const c = text[i];
    if (c === "\\") {
      if (format && (text[i + 1] === "{" || text[i + 1] === "}")) found.fstringBackslashes.push(i);
      i += text[i + 1] === "\r" && text[i + 2] === "\n" ? 3 : 2;
    } else if (!triple && (c === "\n" || c === "\r")) {
      sink.add("token", "SyntaxError", `unterminated string literal (detected at line ${index.pos(i).line})`, from, i);
      unterminated.push({ from, to: i });
      return i;
    } else if (c === q && (!triple || text.startsWith(q + q + q, i))) {
      return i + (triple ? 3 : 1);
    } else {
      i++;
    }
  }
}
