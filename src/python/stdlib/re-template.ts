/**
 * Replacement templates of `re.sub` and `Match.expand` (sre_parse.parse_template):
 * `\1`, `\g<1>`, `\g<name>`, the character escapes, and sre's errors.
 */
import { RegexError } from "./re-parse";

/** A parsed template: literal text and group numbers, in order. */
export type TemplatePart = string | { readonly group: number };

/** Raised for `\g<name>` naming no group (CPython raises IndexError, not re.error). */
export class UnknownGroupName {
  constructor(readonly msg: string) {}
}

const ESCAPES: Record<string, string> = {
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\x0b",
  "\\": "\\",
};
const IDENT = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

/** Parse `template` for a pattern with `groups` groups and the given names. */
export function parseTemplate(template: string, groups: number, names: ReadonlyMap<string, number>): TemplatePart[] {
  const s = Array.from(template);
  const parts: TemplatePart[] = [];
  let literal = "";
  let i = 0;
  const addGroup = (index: number, offset: number) => {
    if (index > groups) throw new RegexError(`invalid group reference ${index}`, i - offset);
    if (literal) parts.push(literal);
    literal = "";
    parts.push({ group: index });
  };
  while (i < s.length) {
    const c = s[i++]!;
    if (c !== "\\") {
      literal += c;
      continue;
    }
    if (i >= s.length) throw new RegexError("bad escape (end of pattern)", i - 1);
    const e = s[i++]!;
    if (e === "g") {
      if (s[i] !== "<") throw new RegexError("missing <", i);
      i++;
      let name = "";
      for (;;) {
        const ch = s[i];
        i++;
        if (ch === undefined) {
          if (!name) throw new RegexError("missing group name", i - 1);
          throw new RegexError("missing >, unterminated name", i - 1 - name.length);
        }
        if (ch === ">") {
          if (!name) throw new RegexError("missing group name", i - 1);
          break;
        }
        name += ch;
      }
      if (IDENT.test(name)) {
        const idx = names.get(name);
        if (idx === undefined) throw new UnknownGroupName(`unknown group name '${name}'`);
        addGroup(idx, name.length + 1);
      } else {
        if (!/^[0-9]+$/.test(name)) throw new RegexError(`bad character in group name '${name}'`, i - name.length - 1);
        addGroup(Number(name), name.length + 1);
      }
    } else if (e === "0") {
      let digits = "0";
      if (/[0-7]/.test(s[i] ?? "")) {
        digits += s[i++];
        if (/[0-7]/.test(s[i] ?? "")) digits += s[i++];
      }
      literal += String.fromCharCode(parseInt(digits, 8) & 0xff);
    } else if (/[0-9]/.test(e)) {
      let digits = e;
      let octal = false;
      if (/[0-9]/.test(s[i] ?? "")) {
        digits += s[i++];
        if (/[0-7]/.test(e) && /[0-7]/.test(digits[1]!) && /[0-7]/.test(s[i] ?? "")) {
          digits += s[i++];
          octal = true;
          const v = parseInt(digits, 8);
          if (v > 0o377) throw new RegexError(`octal escape value \\${digits} outside of range 0-0o377`, i - 4);
          literal += String.fromCharCode(v);
        }
      }
      if (!octal) addGroup(Number(digits), digits.length);
    } else if (ESCAPES[e] !== undefined) {
      literal += ESCAPES[e];
    } else if (/[a-zA-Z]/.test(e)) {
      throw new RegexError(`bad escape \\${e}`, i - 2);
    } else {
      literal += "\\" + e;
    }
  }
  if (literal) parts.push(literal);
  return parts;
}
