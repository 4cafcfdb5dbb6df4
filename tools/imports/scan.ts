/** One import found in a source file. */
export interface FoundImport {
  /** The module specifier, exactly as written (`../ui/App`, `react`, `./w?worker`). */
  specifier: string;
  /** 1-based line of the statement's first token. */
  line: number;
  /** True for `import type`, `export type` and all-`type` specifier lists. */
  typeOnly: boolean;
}

interface Masked {
  /** The text with comments blanked and string contents blanked, quotes kept. */
  code: string;
  /** Original contents of each string literal, keyed by the offset of its opening quote. */
  strings: Map<number, string>;
}

/**
 * Blanks comments and the insides of strings and template literals (newlines
 * kept, so offsets and line numbers stay), so that import-looking text inside
 * a comment or a string is never taken for an import.
 */
function mask(text: string): Masked {
  const out = text.split("");
  const strings = new Map<number, string>();
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) {
        if (text[j] === "\\") j++;
        else if (c !== "`" && text[j] === "\n") break;
        j++;
      }
      strings.set(i, text.slice(i + 1, j));
      blank(i + 1, j);
      i = j + 1;
    } else {
      i++;
    }
  }
  return { code: out.join(""), strings };
}

// `import … from '`, `export … from '` with the clause spanning lines if need be.
const FROM_RE =
  /(?<![.\w$])(import|export)(\s+type(?=[\s{*]))?\s*((?:[\w$]+\s*,\s*)?(?:\{[^}]*\}|\*(?:\s*as\s+[\w$]+)?|[\w$]+))\s*from\s*(['"])/g;
// `import './side-effect'`
const BARE_RE = /(?<![.\w$])import\s*(['"])/g;
// `import('./lazy')`
const DYNAMIC_RE = /(?<![.\w$])import\s*\(\s*(['"])/g;
// `new URL('./worker.ts', import.meta.url)`, the other way to pull in a module.
const URL_RE = /(?<![.\w$])new\s+URL\s*\(\s*(['"])(?=[^'"]*['"]\s*,\s*import\.meta\.url)/g;

function lineAt(code: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset; k++) if (code.charCodeAt(k) === 10) line++;
  return line;
}

function allSpecifiersAreTypes(clause: string): boolean {
  const braces = /^\{([^}]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = braces[1]
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return names.length > 0 && names.every((s) => /^type\s/.test(s));
}

/**
 * Finds every module specifier a TypeScript source imports or re-exports:
 * static imports (also across lines), `export … from`, side-effect imports,
 * dynamic `import()` with a literal, and `new URL(…, import.meta.url)`.
 */
export function findImports(text: string): FoundImport[] {
  const { code, strings } = mask(text);
  const found: FoundImport[] = [];
  const take = (start: number, quoteAt: number, typeOnly: boolean) => {
    const specifier = strings.get(quoteAt);
    if (specifier !== undefined) found.push({ specifier, line: lineAt(code, start), typeOnly });
  };
  for (const m of code.matchAll(FROM_RE)) {
    const typeOnly = m[2] !== undefined || allSpecifiersAreTypes(m[3]);
    take(m.index, m.index + m[0].length - 1, typeOnly);
  }
  for (const re of [BARE_RE, DYNAMIC_RE, URL_RE]) {
    for (const m of code.matchAll(re)) take(m.index, m.index + m[0].length - 1, false);
  }
  return found.sort((a, b) => a.line - b.line);
}
