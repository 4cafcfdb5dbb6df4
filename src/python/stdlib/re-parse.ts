/**
 * Parsing Python regular expression syntax (CPython's sre_parse) into a small tree,
 * with sre_parse's error messages and positions. Positions count code points.
 * re-emit.ts turns the tree into a JavaScript RegExp.
 */
import { lookupUnicodeName } from "../parse/literals/unicode-names";

export const FLAG = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const;

const INLINE_FLAGS: Record<string, number> = {
  i: FLAG.IGNORECASE,
  L: FLAG.LOCALE,
  m: FLAG.MULTILINE,
  s: FLAG.DOTALL,
  x: FLAG.VERBOSE,
  a: FLAG.ASCII,
  u: FLAG.UNICODE,
};

/** A pattern error: sre_parse's message and position (null when it has none). */
export class RegexError {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {}
}

/** One character class member: a code point range or a category escape. */
export type ClassItem =
  | { readonly t: "range"; readonly lo: number; readonly hi: number }
  | { readonly t: "cat"; readonly kind: "d" | "w" | "s"; readonly neg: boolean };

/** The parsed pattern. Flags that matter for a node are recorded on it (scoped flags). */
export type Node =
  | { readonly t: "seq"; readonly items: Node[] }
  | { readonly t: "alt"; readonly alts: Node[] }
  | { readonly t: "lit"; readonly cp: number; readonly ci: boolean }
  | { readonly t: "any"; readonly dotall: boolean }
  | { readonly t: "class"; readonly neg: boolean; readonly items: ClassItem[]; readonly ci: boolean }
  | { readonly t: "cat"; readonly kind: "d" | "w" | "s"; readonly neg: boolean; readonly ascii: boolean }
  | { readonly t: "bound"; readonly neg: boolean; readonly ascii: boolean }
  | { readonly t: "anchor"; readonly kind: "bol" | "eol" | "start" | "end" | "A" | "Z" }
  | { readonly t: "group"; readonly index: number | null; readonly name: string | null; readonly body: Node }
  | { readonly t: "look"; readonly behind: boolean; readonly neg: boolean; readonly body: Node }
  | { readonly t: "atomic"; readonly body: Node }
  | {
      readonly t: "repeat";
      readonly body: Node;
      readonly min: number;
      readonly max: number;
      readonly lazy: boolean;
      readonly possessive: boolean;
    }
  | { readonly t: "backref"; readonly index: number; readonly w: readonly [number, number] }
  | { readonly t: "cond"; readonly index: number; readonly yes: Node; readonly no: Node | null };

/** The result of parsing: the tree, the flags (with inline global flags), and the groups. */
export interface Parsed {
  readonly root: Node;
  readonly flags: number;
  readonly groups: number;
  readonly names: Map<string, number>;
  /** Group numbers in the order their closing parentheses appear (for `lastindex`). */
  readonly closeOrder: number[];
}

const MAXREPEAT = Infinity;
const DIGITS = /[0-9]/;
const OCT = /[0-7]/;
const HEX = /[0-9a-fA-F]/;
const WHITESPACE = " \t\n\r\x0b\x0c";
const SPECIAL_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92 };
const IDENT = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

/** Parse `pattern` (a str pattern) with the given flags. Throws {@link RegexError}. */
export function parsePattern(pattern: string, flags: number): Parsed {
  return new Parser(pattern, flags).parse();
}

class Parser {
  private readonly s: string[];
  private i = 0;
  private flags: number;
  private groups = 1;
  private readonly names = new Map<string, number>();
  private readonly open = new Set<number>();
  private readonly closeOrder: number[] = [];
  private readonly widths = new Map<number, [number, number]>();

  constructor(pattern: string, flags: number) {
    this.s = Array.from(pattern);
    this.flags = flags;
  }

  private get next(): string | undefined {
    return this.s[this.i];
  }

  private error(msg: string, len = 0): never {
    throw new RegexError(msg, this.i - len);
  }

  private match(ch: string): boolean {
    if (this.s[this.i] === ch) {
      this.i++;
      return true;
    }
    return false;
  }

  parse(): Parsed {
    this.globalFlags();
    const root = this.alternation(this.flags, 0);
    if (this.i < this.s.length) {
      if (this.next === ")") this.error("unbalanced parenthesis");
      this.error("internal error: pattern not fully parsed");
    }
    if (this.flags & FLAG.LOCALE) throw new RegexError("cannot use LOCALE flag with a str pattern", null);
    if (this.flags & FLAG.ASCII && this.flags & FLAG.UNICODE) {
      throw new RegexError("ASCII and UNICODE flags are incompatible", null);
    }
    return {
      root,
      flags: this.flags | (this.flags & FLAG.ASCII ? 0 : FLAG.UNICODE),
      groups: this.groups - 1,
      names: this.names,
      closeOrder: this.closeOrder,
    };
  }

  /** Leading `(?aiLmsux)` groups set global flags (sre_parse only accepts them at the start). */
  private globalFlags(): void {
    for (;;) {
      const save = this.i;
      if (this.s[this.i] !== "(" || this.s[this.i + 1] !== "?") return;
      let j = this.i + 2;
      let f = 0;
      while (this.s[j] !== undefined && INLINE_FLAGS[this.s[j]!] !== undefined) f |= INLINE_FLAGS[this.s[j++]!]!;
      if (j === this.i + 2 || this.s[j] !== ")") {
        this.i = save;
        return;
      }
      this.flags |= f;
      this.i = j + 1;
    }
  }

  private skipVerbose(flags: number): void {
    if (!(flags & FLAG.VERBOSE)) return;
    for (;;) {
      while (this.next !== undefined && WHITESPACE.includes(this.next)) this.i++;
      if (this.next !== "#") return;
      while (this.i < this.s.length && this.s[this.i] !== "\n") this.i++;
    }
  }

  private alternation(flags: number, depth: number): Node {
    const alts: Node[] = [this.sequence(flags, depth)];
    while (this.match("|")) alts.push(this.sequence(flags, depth));
    return alts.length === 1 ? alts[0]! : { t: "alt", alts };
  }

  private sequence(flags: number, depth: number): Node {
    const items: Node[] = [];
    for (;;) {
      this.skipVerbose(flags);
      const c = this.next;
      if (c === undefined || c === "|" || c === ")") break;
      if (c === "*" || c === "+" || c === "?" || (c === "{" && this.looksLikeRepeat())) {
        const prev = items[items.length - 1];
        if (!prev || prev.t === "anchor" || prev.t === "bound") this.error("nothing to repeat");
        if (prev.t === "repeat") this.error("multiple repeat");
        items[items.length - 1] = this.repeat(prev);
        continue;
      }
      const atom = this.atom(flags, depth);
      if (atom) items.push(atom);
    }
    return items.length === 1 ? items[0]! : { t: "seq", items };
  }

  /** Whether `{` at the cursor starts a `{m}`, `{m,}`, `{,n}` or `{m,n}` repeat (else it is a literal). */
  private looksLikeRepeat(): boolean {
    let j = this.i + 1;
    if (this.s[j] === "}") return false;
    while (this.s[j] !== undefined && DIGITS.test(this.s[j]!)) j++;
    if (this.s[j] === ",") {
      j++;
      while (this.s[j] !== undefined && DIGITS.test(this.s[j]!)) j++;
    }
    return this.s[j] === "}";
  }

  private repeat(body: Node): Node {
    const c = this.s[this.i++]!;
    let min = 0;
    let max = MAXREPEAT;
    if (c === "+") min = 1;
    else if (c === "?") max = 1;
    else if (c === "{") {
      const here = this.i;
      let lo = "";
      let hi = "";
      while (this.next !== undefined && DIGITS.test(this.next)) lo += this.s[this.i++];
      if (this.match(",")) {
        while (this.next !== undefined && DIGITS.test(this.next)) hi += this.s[this.i++];
      } else hi = lo;
      this.i++; // "}"
      if (lo) min = Number(lo);
      if (hi) max = Number(hi);
      if (min >= 4294967295 || (max !== MAXREPEAT && max >= 4294967295)) {
        throw new RegexError("the repetition number is too large", here);
      }
      if (max < min) throw new RegexError("min repeat greater than max repeat", here);
    }
    let lazy = false;
    let possessive = false;
    if (this.match("?")) lazy = true;
    else if (this.match("+")) possessive = true;
    return { t: "repeat", body, min, max, lazy, possessive };
  }

  private atom(flags: number, depth: number): Node | null {
    const c = this.s[this.i++]!;
    const ci = (flags & FLAG.IGNORECASE) !== 0;
    switch (c) {
      case ".":
        return { t: "any", dotall: (flags & FLAG.DOTALL) !== 0 };
      case "^":
        return { t: "anchor", kind: flags & FLAG.MULTILINE ? "bol" : "start" };
      case "$":
        return { t: "anchor", kind: flags & FLAG.MULTILINE ? "eol" : "end" };
      case "[":
        return this.charClass(flags);
      case "(":
        return this.group(flags, depth);
      case "\\":
        return this.escape(flags);
      default:
        return { t: "lit", cp: c.codePointAt(0)!, ci };
    }
  }

  private group(flags: number, depth: number): Node | null {
    const start = this.i - 1;
    let capture = true;
    let name: string | null = null;
    let groupFlags = flags;
    if (this.match("?")) {
      if (this.next === undefined) this.error("unexpected end of pattern");
      const c = this.s[this.i++]!;
      if (c === "P") {
        if (this.match("<")) {
          name = this.groupName(">");
        } else if (this.match("=")) {
          const ref = this.groupName(")");
          if (!IDENT.test(ref)) throw new RegexError(`bad character in group name '${ref}'`, this.i - ref.length - 1);
          const idx = this.names.get(ref);
          if (idx === undefined) throw new RegexError(`unknown group name '${ref}'`, this.i - ref.length - 1);
          if (this.open.has(idx)) throw new RegexError("cannot refer to an open group", this.i - ref.length - 1);
          return { t: "backref", index: idx, w: this.widths.get(idx) ?? [0, Infinity] };
        } else {
          const n = this.next;
          if (n === undefined) this.error("unexpected end of pattern");
          throw new RegexError(`unknown extension ?P${n}`, this.i - 2);
        }
      } else if (c === ":") {
        capture = false;
      } else if (c === "#") {
        for (;;) {
          if (this.next === undefined) throw new RegexError("missing ), unterminated comment", start);
          if (this.s[this.i++] === ")") break;
        }
        return null;
      } else if (c === "=" || c === "!") {
        const body = this.alternation(flags, depth + 1);
        this.close(start);
        return { t: "look", behind: false, neg: c === "!", body };
      } else if (c === "<") {
        if (this.next === undefined) this.error("unexpected end of pattern");
        const d = this.s[this.i++]!;
        if (d !== "=" && d !== "!") throw new RegexError(`unknown extension ?<${d}`, this.i - 3);
        const body = this.alternation(flags, depth + 1);
        this.close(start);
        const [lo, hi] = width(body);
        if (lo !== hi) throw new RegexError("look-behind requires fixed-width pattern", null);
        return { t: "look", behind: true, neg: d === "!", body };
      } else if (c === ">") {
        const body = this.alternation(flags, depth + 1);
        this.close(start);
        return { t: "atomic", body };
      } else if (c === "(") {
        return this.conditional(flags, depth, start);
      } else if (INLINE_FLAGS[c] !== undefined || c === "-") {
        this.i--;
        const scoped = this.scopedFlags(flags);
        if (scoped === null) throw new RegexError("global flags not at the start of the expression", start);
        groupFlags = scoped;
        capture = false;
      } else {
        throw new RegexError(`unknown extension ?${c}`, this.i - 2);
      }
    }
    let index: number | null = null;
    if (capture) {
      index = this.groups++;
      if (name !== null) {
        const old = this.names.get(name);
        if (old !== undefined) {
          throw new RegexError(
            `redefinition of group name '${name}' as group ${index}; was group ${old}`,
            this.i - name.length - 1,
          );
        }
        this.names.set(name, index);
      }
      this.open.add(index);
    }
    const body = this.alternation(groupFlags, depth + 1);
    this.close(start);
    if (index !== null) {
      this.open.delete(index);
      this.closeOrder.push(index);
      this.widths.set(index, width(body));
    }
    return { t: "group", index, name, body };
  }

  private close(start: number): void {
    if (!this.match(")")) throw new RegexError("missing ), unterminated subpattern", start);
  }

  /** `(?flags:...)` or `(?flags-flags:...)`; null for a global `(?flags)` in the middle. */
  private scopedFlags(flags: number): number | null {
    let add = 0;
    let del = 0;
    while (this.next !== undefined && INLINE_FLAGS[this.next] !== undefined) add |= INLINE_FLAGS[this.s[this.i++]!]!;
    if (this.next === ")") return null;
    if (this.match("-")) {
      if (this.next === undefined) this.error("missing flag");
      if (!"imsx".includes(this.next)) {
        const c = this.s[this.i++]!;
        if (INLINE_FLAGS[c] !== undefined) this.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        this.error(/\p{L}/u.test(c) ? "unknown flag" : "missing flag", 1);
      }
      while (this.next !== undefined && "imsx".includes(this.next)) del |= INLINE_FLAGS[this.s[this.i++]!]!;
    }
    if (this.next === undefined) this.error("missing -, : or )");
    if (!this.match(":")) {
      this.i++;
      this.error(/[a-zA-Z]/.test(this.s[this.i - 1]!) ? "unknown flag" : "missing -, : or )", 1);
    }
    return (flags | add) & ~del;
  }

  private conditional(flags: number, depth: number, start: number): Node {
    const ref = this.groupName(")");
    let index: number;
    if (/^[0-9]+$/.test(ref)) {
      index = Number(ref);
      if (index === 0) throw new RegexError("bad group number", this.i - ref.length - 1);
      if (index >= this.groups) throw new RegexError(`invalid group reference ${index}`, this.i - ref.length - 1);
    } else {
      const idx = this.names.get(ref);
      if (idx === undefined) throw new RegexError(`unknown group name '${ref}'`, this.i - ref.length - 1);
      index = idx;
    }
    const yes = this.sequence(flags, depth + 1);
    let no: Node | null = null;
    if (this.match("|")) {
      no = this.sequence(flags, depth + 1);
      if (this.next === "|") this.error("conditional backref with more than two branches");
    }
    this.close(start);
    return { t: "cond", index, yes, no };
  }

  /** A group name up to `end`, with sre_parse's errors. */
  private groupName(end: string): string {
    const start = this.i;
    let name = "";
    for (;;) {
      const c = this.next;
      if (c === undefined) {
        if (!name) throw new RegexError("missing group name", start);
        throw new RegexError(`missing ${end}, unterminated name`, start);
      }
      this.i++;
      if (c === end) break;
      name += c;
    }
    if (!name) throw new RegexError("missing group name", start);
    if (end === ">" && !IDENT.test(name)) throw new RegexError(`bad character in group name '${name}'`, start);
    return name;
  }

  private charClass(flags: number): Node {
    const start = this.i - 1;
    const ci = (flags & FLAG.IGNORECASE) !== 0;
    const neg = this.match("^");
    const items: ClassItem[] = [];
    let first = true;
    for (;;) {
      const c = this.next;
      if (c === undefined) throw new RegexError("unterminated character set", start);
      if (c === "]" && !first) {
        this.i++;
        break;
      }
      first = false;
      const itemStart = this.i;
      const lo = this.classAtom();
      if (this.next === "-" && this.s[this.i + 1] !== "]" && this.s[this.i + 1] !== undefined) {
        this.i++;
        const hi = this.classAtom();
        const text = this.s.slice(itemStart, this.i).join("");
        if (lo.t !== "range" || hi.t !== "range") {
          throw new RegexError(`bad character range ${text}`, itemStart);
        }
        if (hi.lo < lo.lo) throw new RegexError(`bad character range ${text}`, itemStart);
        items.push({ t: "range", lo: lo.lo, hi: hi.lo });
      } else {
        if (this.next === "-" && this.s[this.i + 1] === undefined) {
          throw new RegexError("unterminated character set", start);
        }
        items.push(lo);
      }
    }
    return { t: "class", neg, items, ci };
  }

  private classAtom(): ClassItem {
    const c = this.s[this.i++]!;
    if (c !== "\\") return { t: "range", lo: c.codePointAt(0)!, hi: c.codePointAt(0)! };
    const escStart = this.i - 1;
    const e = this.s[this.i++];
    if (e === undefined) throw new RegexError("bad escape (end of pattern)", escStart);
    const lower = e.toLowerCase();
    if (lower === "d" || lower === "w" || lower === "s") {
      return { t: "cat", kind: lower as "d" | "w" | "s", neg: e !== lower };
    }
    const single = (cp: number): ClassItem => ({ t: "range", lo: cp, hi: cp });
    if (SPECIAL_ESCAPES[e] !== undefined) return single(SPECIAL_ESCAPES[e]!);
    const code = this.codeEscape(e, escStart);
    if (code !== null) return single(code);
    if (OCT.test(e)) {
      let digits = e;
      while (digits.length < 3 && this.next !== undefined && OCT.test(this.next)) digits += this.s[this.i++];
      const v = parseInt(digits, 8);
      if (v > 0o377) throw new RegexError(`octal escape value \\${digits} outside of range 0-0o377`, escStart);
      return single(v);
    }
    if (DIGITS.test(e) || /[a-zA-Z]/.test(e)) throw new RegexError(`bad escape \\${e}`, escStart);
    return single(e.codePointAt(0)!);
  }

  /** `\x`, `\u`, `\U` and `\N{...}` escapes (shared by classes and atoms); null for others. */
  private codeEscape(e: string, escStart: number): number | null {
    const fixed: Record<string, number> = { x: 2, u: 4, U: 8 };
    const n = fixed[e];
    if (n !== undefined) {
      let hex = "";
      while (hex.length < n && this.next !== undefined && HEX.test(this.next)) hex += this.s[this.i++];
      if (hex.length < n) throw new RegexError(`incomplete escape \\${e}${hex}`, escStart);
      const v = parseInt(hex, 16);
      if (v > 0x10ffff) throw new RegexError(`bad escape \\${e}${hex}`, escStart);
      return v;
    }
    if (e === "N") {
      if (!this.match("{")) throw new RegexError("missing {", this.i);
      let name = "";
      while (this.next !== undefined && this.next !== "}") name += this.s[this.i++];
      if (!this.match("}")) throw new RegexError("missing }, unterminated name", escStart + 3);
      if (!name) throw new RegexError("missing character name", escStart + 3);
      const v = lookupUnicodeName(name);
      if (v === null) throw new RegexError(`undefined character name '${name}'`, escStart);
      return v;
    }
    return null;
  }

  private escape(flags: number): Node {
    const escStart = this.i - 1;
    const e = this.s[this.i++];
    if (e === undefined) throw new RegexError("bad escape (end of pattern)", escStart);
    const ci = (flags & FLAG.IGNORECASE) !== 0;
    const ascii = (flags & FLAG.ASCII) !== 0;
    const lit = (cp: number): Node => ({ t: "lit", cp, ci });
    switch (e) {
      case "A":
        return { t: "anchor", kind: "A" };
      case "Z":
        return { t: "anchor", kind: "Z" };
      case "b":
        return { t: "bound", neg: false, ascii };
      case "B":
        return { t: "bound", neg: true, ascii };
      case "d":
      case "w":
      case "s":
        return { t: "cat", kind: e, neg: false, ascii };
      case "D":
      case "W":
      case "S":
        return { t: "cat", kind: e.toLowerCase() as "d" | "w" | "s", neg: true, ascii };
    }
    if (SPECIAL_ESCAPES[e] !== undefined && e !== "b") return lit(SPECIAL_ESCAPES[e]!);
    const code = this.codeEscape(e, escStart);
    if (code !== null) return lit(code);
    if (e === "0") {
      let digits = "";
      while (digits.length < 2 && this.next !== undefined && OCT.test(this.next)) digits += this.s[this.i++];
      return lit(parseInt(digits || "0", 8));
    }
    if (DIGITS.test(e)) {
      let digits = e;
      if (this.next !== undefined && DIGITS.test(this.next)) {
        digits += this.s[this.i++];
        if (OCT.test(digits[0]!) && OCT.test(digits[1]!) && this.next !== undefined && OCT.test(this.next)) {
          digits += this.s[this.i++];
          const v = parseInt(digits, 8);
          if (v > 0o377) throw new RegexError(`octal escape value \\${digits} outside of range 0-0o377`, escStart);
          return lit(v);
        }
      }
      const group = Number(digits);
      if (group < this.groups) {
        if (this.open.has(group)) throw new RegexError("cannot refer to an open group", escStart);
        return { t: "backref", index: group, w: this.widths.get(group) ?? [0, Infinity] };
      }
      throw new RegexError(`invalid group reference ${group}`, escStart + 1);
    }
    if (/[a-zA-Z]/.test(e)) throw new RegexError(`bad escape \\${e}`, escStart);
    return lit(e.codePointAt(0)!);
  }
}

/** The [min, max] number of characters a node matches (max may be Infinity). */
export function width(n: Node): [number, number] {
  switch (n.t) {
    case "seq": {
      let lo = 0;
      let hi = 0;
      for (const it of n.items) {
        const [a, b] = width(it);
        lo += a;
        hi += b;
      }
      return [lo, hi];
    }
    case "alt": {
      const ws = n.alts.map(width);
      return [Math.min(...ws.map((w) => w[0])), Math.max(...ws.map((w) => w[1]))];
    }
    case "lit":
    case "any":
    case "class":
    case "cat":
      return [1, 1];
    case "bound":
    case "anchor":
    case "look":
      return [0, 0];
    case "group":
    case "atomic":
      return width(n.body);
    case "repeat": {
      const [a, b] = width(n.body);
      return [a * n.min, n.max === 0 ? 0 : b * n.max];
    }
    case "backref":
      return [n.w[0], n.w[1]];
    case "cond": {
      const [a, b] = width(n.yes);
      const [c, d] = n.no ? width(n.no) : [0, 0];
      return [Math.min(a, c), Math.max(b, d)];
    }
  }
}
