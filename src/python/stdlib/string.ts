/**
 * The `string` module: the character-class constants, capwords, and Template
 * (substitute/safe_substitute, with subclass-overridable `delimiter`/`idpattern`).
 */
import { PyModule, PyObject, None, type KwArgs, type PyValue } from "../objects/core";
import { PyList } from "../objects/containers";
import { getItem } from "../interp/subscript";
import type { Interpreter } from "../interp/interpreter";
import { arity } from "../builtins/registry";
import { defMethods, makeModule, native, newClass } from "./util";
import { loadModule } from "../interp/imports";

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = LOWER.toUpperCase();
const DIGITS = "0123456789";
const PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE = " \t\n\r\x0b\x0c";

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/** Python's `(?a:...)` idpattern has no JS spelling; the ASCII-only group is the same as a plain group without `u`. */
function jsIdPattern(p: string): string {
  return p.replace(/\(\?a:/g, "(?:");
}

interface Match {
  readonly start: number;
  readonly text: string;
  readonly escaped: boolean;
  readonly named: string | undefined;
  readonly invalid: boolean;
}

function scan(rt: Interpreter, self: PyValue, template: string): Match[] {
  const delim = rt.str(rt.getattr(self, "delimiter"));
  const id = jsIdPattern(rt.str(rt.getattr(self, "idpattern")));
  const braceAttr = rt.getattr(self, "braceidpattern");
  const braceId = braceAttr === None ? id : jsIdPattern(rt.str(braceAttr));
  const d = escapeRegExp(delim);
  const re = new RegExp(`${d}(?:(${d})|(${id})|\\{(${braceId})\\}|())`, "gi");
  const out: Match[] = [];
  for (const m of template.matchAll(re)) {
    out.push({
      start: m.index!,
      text: m[0],
      escaped: m[1] !== undefined,
      named: m[2] ?? m[3],
      invalid: m[4] !== undefined,
    });
  }
  return out;
}

/** CPython reports the position just after the delimiter (where the invalid group starts). */
function invalid(rt: Interpreter, template: string, i: number): never {
  const before = template.slice(0, i);
  const lines = before.split(/(?<=\n)/);
  let lineno = 1;
  let colno = 1;
  if (before.length) {
    lineno = lines.length;
    colno = i - lines.slice(0, -1).join("").length;
  }
  throw rt.error("ValueError", `Invalid placeholder in string: line ${lineno}, col ${colno}`);
}

/** The mapping substitute() reads: the positional one, the keywords, or both (keywords first). */
function lookupFn(rt: Interpreter, args: PyValue[], kw: KwArgs | null, fname: string) {
  if (args.length > 1)
    throw rt.error("TypeError", `${fname}() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
  const mapping = args[0];
  return (name: string): PyValue => {
    if (kw) {
      const i = kw.names.indexOf(name);
      if (i >= 0) return kw.values[i];
    }
    if (mapping === undefined) throw rt.error("KeyError", name);
    return getItem(rt, mapping, name);
  };
}

function substitute(rt: Interpreter, self: PyValue, args: PyValue[], kw: KwArgs | null, safe: boolean): string {
  const template = rt.str(rt.getattr(self, "template"));
  const get = lookupFn(rt, args, kw, safe ? "safe_substitute" : "substitute");
  let out = "";
  let last = 0;
  for (const m of scan(rt, self, template)) {
    out += template.slice(last, m.start);
    last = m.start + m.text.length;
    if (m.escaped) out += rt.str(rt.getattr(self, "delimiter"));
    else if (m.named !== undefined) {
      if (safe) {
        try {
          out += rt.str(get(m.named));
        } catch (e) {
          if (e instanceof PyObject && rt.isInstance(e, rt.excType("KeyError"))) out += m.text;
          else throw e;
        }
      } else out += rt.str(get(m.named));
    } else if (safe) out += m.text;
    else invalid(rt, template, m.start + m.text.length);
  }
  return out + template.slice(last);
}

/** Build the `string` module. */
export function stringModule(_rt: Interpreter): PyModule {
  const template = newClass("Template", "string");
  template.dict.set("delimiter", "$");
  template.dict.set("idpattern", "(?a:[_a-z][_a-z0-9]*)");
  template.dict.set("braceidpattern", None);
  template.dict.set("flags", 2);
  defMethods(template, {
    __init__: (rt, self, args) => {
      arity(rt, "Template", args, 1);
      rt.setattr(self, "template", args[0]);
      return None;
    },
    substitute: (rt, self, args, kw) => substitute(rt, self, args, kw, false),
    safe_substitute: (rt, self, args, kw) => substitute(rt, self, args, kw, true),
    get_identifiers: (rt, self) => {
      const names: string[] = [];
      for (const m of scan(rt, self, rt.str(rt.getattr(self, "template")))) {
        if (m.named !== undefined && !names.includes(m.named)) names.push(m.named);
        if (m.invalid) invalid(rt, rt.str(rt.getattr(self, "template")), m.start + m.text.length);
      }
      return new PyList(names);
    },
    is_valid: (rt, self) => !scan(rt, self, rt.str(rt.getattr(self, "template"))).some((m) => m.invalid),
  });
  return makeModule("string", {
    // Formatter is written in Python: compiled on first use only.
    __getattr__: native("__getattr__", (rt, args) => {
      const name = args[0];
      if (name === "Formatter") {
        const cls = rt.getattr(loadModule(rt, "_string_formatter"), "Formatter");
        rt.modules.get("string")?.$dict!.set("Formatter", cls);
        return cls;
      }
      throw rt.error("AttributeError", `module 'string' has no attribute '${rt.str(name)}'`);
    }),
    ascii_lowercase: LOWER,
    ascii_uppercase: UPPER,
    ascii_letters: LOWER + UPPER,
    digits: DIGITS,
    hexdigits: DIGITS + "abcdefABCDEF",
    octdigits: "01234567",
    punctuation: PUNCTUATION,
    whitespace: WHITESPACE,
    printable: DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE,
    capwords: native("capwords", (rt, args) => {
      arity(rt, "capwords", args, 1, 2);
      const s = rt.str(args[0]);
      const sep = args.length > 1 && args[1] !== None ? args[1] : None;
      const parts = rt.toArray(rt.callMethod(s, "split", sep === None ? [] : [sep]));
      const joined = parts.map((p) => rt.callMethod(p, "capitalize", []));
      return rt.callMethod(sep === None ? " " : sep, "join", [new PyList(joined)]);
    }),
    Template: template,
  });
}
