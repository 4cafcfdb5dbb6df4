/**
 * The state of compiling one function (or module, class body, comprehension):
 * its scope, the temporaries it declares, the loops it is inside, and how names
 * turn into JavaScript.
 */
import type { Scope } from "./scope";
import type * as A from "../ast";

/** Per-module compile state shared by all nested contexts. */
export class ModuleState {
  private counter = 0;
  /** Hoisted constants (`const $k1 = ...`) emitted at the top of the module. */
  readonly constants: string[] = [];
  private constCache = new Map<string, string>();
  /** `from __future__ import annotations`: annotations are their source text, not evaluated. */
  futureAnnotations = false;

  unique(prefix: string): string {
    return `${prefix}${++this.counter}`;
  }

  /** A module-level constant for an expression that always builds the same immutable value. */
  constant(js: string): string {
    let name = this.constCache.get(js);
    if (!name) {
      name = this.unique("$k");
      this.constCache.set(js, name);
      this.constants.push(`const ${name} = ${js};`);
    }
    return name;
  }
}

export interface Loop {
  /** The JS label of the loop statement (for `continue`). */
  readonly label: string;
  /** The label `break` targets: the loop, or the block around loop + else. */
  readonly breakLabel: string;
}

export class Ctx {
  readonly temps: string[] = [];
  readonly loops: Loop[] = [];
  /** JS name of the class namespace Map when compiling a class body. */
  classNs: string | null = null;
  /** JS variable holding the class being defined, for zero-argument `super()`. */
  classCell: string | null = null;
  /** JS name of the first positional parameter (the `self` of `super()`). */
  firstParam: string | null = null;
  /** Whether `yield` may be emitted here (a JS generator function). */
  readonly isGenerator: boolean;
  /** Compiling an async generator's body: `yield v` is wrapped so awaits can pass through. */
  asyncGen = false;
  /** The first line of the statement being compiled (operation spans are valid in its frame while it runs). */
  stmtLine = 0;
  /** Loads of local variables known to be bound (see definite.ts): compiled without a check. */
  safeLoads: WeakSet<A.NameExpr> | null = null;

  constructor(
    readonly mod: ModuleState,
    readonly scope: Scope,
    isGenerator: boolean,
    readonly parent: Ctx | null,
  ) {
    this.isGenerator = isGenerator;
  }

  temp(): string {
    const t = this.mod.unique("$t");
    this.temps.push(t);
    return t;
  }
}

/**
 * The JS identifier of a Python variable: prefixed so no Python name can reach a JS
 * global, and ASCII only (a character outside [A-Za-z0-9_] becomes `$` and its code
 * in hex; Python names never contain `$`, so the mapping stays one to one).
 */
export function jsName(id: string): string {
  if (/^[A-Za-z0-9_]*$/.test(id)) return "v_" + id;
  let out = "v_";
  for (const ch of id) {
    out += /[A-Za-z0-9_]/.test(ch) ? ch : "$" + ch.codePointAt(0)!.toString(16) + "$";
  }
  return out;
}

/** A JS string literal safe in every context (script, template, HTML, line terminators). */
export function jsString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i]!;
    if (
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      " _.,:;-+*/=()[]{}!?#@%^&|~'".includes(ch)
    ) {
      out += ch;
    } else {
      out += "\\u" + c.toString(16).padStart(4, "0");
    }
  }
  return out + '"';
}
