/**
 * The typed syntax tree the compiler works on. `parse/lower.ts` builds it from the
 * Lezer tree; `compile/` turns it into JavaScript. Every node carries the position of
 * its first character (1-based line, 0-based column, as CPython reports them).
 *
 * The tree is plain data: no methods, no parent links, serializable.
 */

export interface Pos {
  readonly line: number;
  readonly col: number;
}

/**
 * The source range of an operation that can raise, as CPython 3.11 records it for the
 * carets under a traceback line: start, and end (exclusive, 1-based line, 0-based
 * column). `anchor` is set when the range is on one line: for a binary operator, the
 * columns where its left operand ends and its right one starts; for a subscript, where
 * its value ends and its index ends (parentheses around them not counted).
 */
export interface Span {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  readonly anchor?: readonly [number, number];
  /** The anchor is a subscript's (else a binary operator's). */
  readonly subscript?: boolean;
}

// ---------------------------------------------------------------------------------
// Expressions

export type Expr =
  | NameExpr
  | ConstExpr
  | StrExpr
  | FStringExpr
  | BytesExpr
  | TupleExpr
  | ListExpr
  | SetExpr
  | DictExpr
  | CompExpr
  | DictCompExpr
  | AttributeExpr
  | SubscriptExpr
  | SliceExpr
  | CallExpr
  | BinOpExpr
  | UnaryExpr
  | BoolOpExpr
  | CompareExpr
  | IfExpr
  | LambdaExpr
  | YieldExpr
  | YieldFromExpr
  | AwaitExpr
  | NamedExpr
  | StarredExpr;

export interface NameExpr extends Pos {
  readonly kind: "name";
  readonly id: string;
}

/** `None`, `True`, `False`, `...`, and numbers. Ints keep their source text so any size is exact. */
export interface ConstExpr extends Pos {
  readonly kind: "const";
  readonly value:
    | { readonly type: "none" }
    | { readonly type: "bool"; readonly value: boolean }
    | { readonly type: "ellipsis" }
    | { readonly type: "int"; readonly value: bigint }
    | { readonly type: "float"; readonly value: number }
    | { readonly type: "complex"; readonly imag: number };
}

/** A str literal, adjacent literals already joined, escapes already decoded. */
export interface StrExpr extends Pos {
  readonly kind: "str";
  readonly value: string;
}

/** A bytes literal; each element 0..255. */
export interface BytesExpr extends Pos {
  readonly kind: "bytes";
  readonly value: readonly number[];
}

/** An f-string (possibly joined with plain literals): literal text and replacement fields in order. */
export interface FStringExpr extends Pos {
  readonly kind: "fstring";
  readonly parts: readonly FStringPart[];
}

export type FStringPart =
  | { readonly kind: "text"; readonly value: string }
  | {
      readonly kind: "field";
      readonly value: Expr;
      /** `!r`, `!s`, `!a`, or null. */
      readonly conversion: "r" | "s" | "a" | null;
      /** The format spec, itself an f-string (it may contain nested fields), or null. */
      readonly spec: FStringExpr | null;
      /** For `f"{x=}"`: the literal text `x=` printed before the value. */
      readonly selfDoc: string | null;
    };

export interface TupleExpr extends Pos {
  readonly kind: "tuple";
  readonly elts: readonly Expr[];
  readonly span?: Span;
}

export interface ListExpr extends Pos {
  readonly kind: "list";
  readonly elts: readonly Expr[];
  readonly span?: Span;
}

export interface SetExpr extends Pos {
  readonly kind: "set";
  readonly elts: readonly Expr[];
}

/** `{k: v, **m}`: an entry with `key: null` is a `**` unpacking of `value`. */
export interface DictExpr extends Pos {
  readonly kind: "dict";
  readonly entries: readonly { readonly key: Expr | null; readonly value: Expr }[];
}

export interface Comprehension {
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: readonly Expr[];
  readonly isAsync: boolean;
}

/** List, set comprehension or generator expression. */
export interface CompExpr extends Pos {
  readonly kind: "listcomp" | "setcomp" | "genexp";
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
  readonly span?: Span;
}

export interface DictCompExpr extends Pos {
  readonly kind: "dictcomp";
  readonly key: Expr;
  readonly value: Expr;
  readonly generators: readonly Comprehension[];
  readonly span?: Span;
}

export interface AttributeExpr extends Pos {
  readonly kind: "attribute";
  readonly value: Expr;
  readonly attr: string;
  readonly span?: Span;
}

/** `value[index]`; a tuple index such as `a[1, 2]` or `a[1:2, 3]` is a TupleExpr of the parts. */
export interface SubscriptExpr extends Pos {
  readonly kind: "subscript";
  readonly value: Expr;
  readonly index: Expr;
  readonly span?: Span;
}

/** `lower:upper:step` inside a subscript. */
export interface SliceExpr extends Pos {
  readonly kind: "slice";
  readonly lower: Expr | null;
  readonly upper: Expr | null;
  readonly step: Expr | null;
}

export type Arg =
  | { readonly kind: "positional"; readonly value: Expr }
  | { readonly kind: "star"; readonly value: Expr }
  | { readonly kind: "keyword"; readonly name: string; readonly value: Expr }
  | { readonly kind: "doubleStar"; readonly value: Expr };

export interface CallExpr extends Pos {
  readonly kind: "call";
  readonly func: Expr;
  readonly args: readonly Arg[];
  readonly span?: Span;
}

export type BinOp = "+" | "-" | "*" | "@" | "/" | "//" | "%" | "**" | "<<" | ">>" | "|" | "^" | "&";

export interface BinOpExpr extends Pos {
  readonly kind: "binop";
  readonly op: BinOp;
  readonly left: Expr;
  readonly right: Expr;
  readonly span?: Span;
}

export interface UnaryExpr extends Pos {
  readonly kind: "unary";
  readonly op: "-" | "+" | "~" | "not";
  readonly operand: Expr;
  readonly span?: Span;
}

export interface BoolOpExpr extends Pos {
  readonly kind: "boolop";
  readonly op: "and" | "or";
  readonly values: readonly Expr[];
}

export type CmpOp = "==" | "!=" | "<" | "<=" | ">" | ">=" | "is" | "is not" | "in" | "not in";

/** A chain `a < b <= c`: `ops.length === comparators.length`. */
export interface CompareExpr extends Pos {
  readonly kind: "compare";
  readonly left: Expr;
  readonly ops: readonly CmpOp[];
  readonly comparators: readonly Expr[];
  readonly span?: Span;
}

export interface IfExpr extends Pos {
  readonly kind: "ifexp";
  readonly test: Expr;
  readonly body: Expr;
  readonly orelse: Expr;
}

export interface LambdaExpr extends Pos {
  readonly kind: "lambda";
  readonly params: Params;
  readonly body: Expr;
}

export interface YieldExpr extends Pos {
  readonly kind: "yield";
  /** null for a bare `yield`. */
  readonly value: Expr | null;
}

export interface YieldFromExpr extends Pos {
  readonly kind: "yieldfrom";
  readonly value: Expr;
}

export interface AwaitExpr extends Pos {
  readonly kind: "await";
  readonly value: Expr;
}

/** The walrus `target := value`. */
export interface NamedExpr extends Pos {
  readonly kind: "named";
  readonly target: NameExpr;
  readonly value: Expr;
}

/** `*value` in a list/tuple/set display, a call is an Arg instead, or an assignment target. */
export interface StarredExpr extends Pos {
  readonly kind: "starred";
  readonly value: Expr;
}

// ---------------------------------------------------------------------------------
// Parameters

export interface Param extends Pos {
  readonly name: string;
  readonly default: Expr | null;
  readonly annotation: Expr | null;
}

export interface Params {
  /** Before a `/`. */
  readonly posonly: readonly Param[];
  readonly args: readonly Param[];
  readonly vararg: Param | null;
  readonly kwonly: readonly Param[];
  readonly kwarg: Param | null;
}

// ---------------------------------------------------------------------------------
// Statements

export type Stmt =
  | ExprStmt
  | AssignStmt
  | AugAssignStmt
  | AnnAssignStmt
  | FunctionDef
  | ClassDef
  | ReturnStmt
  | IfStmt
  | WhileStmt
  | ForStmt
  | TryStmt
  | WithStmt
  | MatchStmt
  | RaiseStmt
  | AssertStmt
  | DeleteStmt
  | PassStmt
  | BreakStmt
  | ContinueStmt
  | ImportStmt
  | ImportFromStmt
  | GlobalStmt
  | NonlocalStmt
  | PrintStmt;

export interface ExprStmt extends Pos {
  readonly kind: "expr";
  readonly value: Expr;
}

/** `a = b = value`: targets left to right. A target is a name, attribute, subscript, or a tuple/list (possibly with one starred) of targets. */
export interface AssignStmt extends Pos {
  readonly kind: "assign";
  readonly targets: readonly Expr[];
  readonly value: Expr;
}

export interface AugAssignStmt extends Pos {
  readonly kind: "augassign";
  readonly target: Expr;
  readonly op: BinOp;
  readonly value: Expr;
}

/** `x: int` or `x: int = 3`. */
export interface AnnAssignStmt extends Pos {
  readonly kind: "annassign";
  readonly target: Expr;
  readonly annotation: Expr;
  readonly value: Expr | null;
}

export interface FunctionDef extends Pos {
  readonly kind: "functiondef";
  readonly name: string;
  readonly params: Params;
  readonly body: readonly Stmt[];
  /** Outermost first, as written. */
  readonly decorators: readonly Expr[];
  readonly isAsync: boolean;
  readonly returns: Expr | null;
}

export interface ClassDef extends Pos {
  readonly kind: "classdef";
  readonly name: string;
  readonly bases: readonly Arg[];
  readonly body: readonly Stmt[];
  readonly decorators: readonly Expr[];
}

export interface ReturnStmt extends Pos {
  readonly kind: "return";
  readonly value: Expr | null;
}

export interface IfStmt extends Pos {
  readonly kind: "if";
  readonly test: Expr;
  readonly body: readonly Stmt[];
  /** An `elif` is a nested IfStmt as the only statement of orelse. */
  readonly orelse: readonly Stmt[];
}

export interface WhileStmt extends Pos {
  readonly kind: "while";
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}

export interface ForStmt extends Pos {
  readonly kind: "for";
  readonly target: Expr;
  readonly iter: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
  readonly isAsync: boolean;
}

export interface ExceptHandler extends Pos {
  /** null for a bare `except:`. */
  readonly type: Expr | null;
  readonly name: string | null;
  readonly body: readonly Stmt[];
}

export interface TryStmt extends Pos {
  readonly kind: "try";
  readonly body: readonly Stmt[];
  readonly handlers: readonly ExceptHandler[];
  /** `except*` clauses (then every handler is one, each with a type). */
  readonly star?: boolean;
  readonly orelse: readonly Stmt[];
  readonly finalbody: readonly Stmt[];
}

export interface WithItem {
  readonly context: Expr;
  readonly target: Expr | null;
}

export interface WithStmt extends Pos {
  readonly kind: "with";
  readonly items: readonly WithItem[];
  readonly body: readonly Stmt[];
  readonly isAsync: boolean;
}

/** `match subject:` with its `case` clauses in order. */
export interface MatchStmt extends Pos {
  readonly kind: "match";
  readonly subject: Expr;
  readonly cases: readonly MatchCase[];
}

export interface MatchCase extends Pos {
  readonly pattern: Pattern;
  readonly guard: Expr | null;
  readonly body: readonly Stmt[];
}

/**
 * A `case` pattern, as CPython's AST has them: a value compared with `==` (a literal
 * or a dotted name), a singleton compared with `is`, sequence, mapping and class
 * patterns, `*rest` inside a sequence, a capture or wildcard or `p as name` (`as`),
 * and alternatives (`or`).
 */
export type Pattern =
  | (Pos & { readonly kind: "value"; readonly value: Expr })
  | (Pos & { readonly kind: "singleton"; readonly value: null | boolean })
  | (Pos & { readonly kind: "sequence"; readonly patterns: readonly Pattern[] })
  | (Pos & { readonly kind: "star"; readonly name: string | null })
  | (Pos & {
      readonly kind: "mapping";
      readonly keys: readonly Expr[];
      readonly patterns: readonly Pattern[];
      readonly rest: string | null;
    })
  | (Pos & {
      readonly kind: "class";
      readonly cls: Expr;
      readonly patterns: readonly Pattern[];
      readonly kwdNames: readonly string[];
      readonly kwdPatterns: readonly Pattern[];
    })
  /** A capture (`name`), the wildcard `_` (no pattern, no name), or `pattern as name`. */
  | (Pos & { readonly kind: "as"; readonly pattern: Pattern | null; readonly name: string | null })
  | (Pos & { readonly kind: "or"; readonly patterns: readonly Pattern[] });

export interface RaiseStmt extends Pos {
  readonly kind: "raise";
  readonly exc: Expr | null;
  readonly cause: Expr | null;
  readonly span?: Span;
}

export interface AssertStmt extends Pos {
  readonly kind: "assert";
  readonly test: Expr;
  readonly msg: Expr | null;
}

export interface DeleteStmt extends Pos {
  readonly kind: "delete";
  readonly targets: readonly Expr[];
}

export interface PassStmt extends Pos {
  readonly kind: "pass";
}

export interface BreakStmt extends Pos {
  readonly kind: "break";
}

export interface ContinueStmt extends Pos {
  readonly kind: "continue";
}

export interface Alias {
  /** Dotted module name or imported name. */
  readonly name: string;
  readonly asname: string | null;
}

export interface ImportStmt extends Pos {
  readonly kind: "import";
  readonly names: readonly Alias[];
}

export interface ImportFromStmt extends Pos {
  readonly kind: "importfrom";
  /** Without the leading dots. */
  readonly module: string;
  readonly level: number;
  /** A single alias named `*` for `from m import *`. */
  readonly names: readonly Alias[];
}

export interface GlobalStmt extends Pos {
  readonly kind: "global";
  readonly names: readonly string[];
}

export interface NonlocalStmt extends Pos {
  readonly kind: "nonlocal";
  readonly names: readonly string[];
}

/**
 * The Python 2 print statement (`print x, y`, `print`, `print >>f, x`), kept with its
 * Python 2 meaning: values separated by spaces, newline unless the list ends with a comma.
 */
export interface PrintStmt extends Pos {
  readonly kind: "print";
  readonly values: readonly Expr[];
  readonly trailingComma: boolean;
  readonly dest: Expr | null;
}

export interface Module {
  readonly body: readonly Stmt[];
}

/** A compile-time problem, shown as an editor marker and raised as SyntaxError when run. */
export interface Diagnostic {
  /** Lines count from 1, columns from 0. */
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  /** Python's exception type: `SyntaxError`, `IndentationError`, or `NotImplementedError` for a construct we do not support yet. */
  readonly type: "SyntaxError" | "IndentationError" | "NotImplementedError";
  /** The message without the type, e.g. `invalid syntax`, `'return' outside function`. */
  readonly message: string;
}

export interface ParseResult {
  readonly module: Module;
  readonly diagnostics: readonly Diagnostic[];
}
