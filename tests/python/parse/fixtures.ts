import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../../src/python/parse/index";
import { dumpDiagnostic, dumpModule } from "../../../src/python/parse/dump";

/**
 * Golden fixtures in Lezer's test form:
 *
 *     # Name {flags}
 *
 *     <python source>
 *
 *     ==>
 *
 *     <diagnostics, one per line, then the tree dump>
 *
 * Flags: `nonl` (the source has no final newline), `py2` (a Python 2 form CPython 3
 * rejects and we accept), `unsupported` (we report NotImplementedError where CPython
 * accepts), `cpython-differs` (a known difference, explained in the name).
 */
export interface Case {
  readonly file: string;
  readonly name: string;
  readonly flags: readonly string[];
  /** The source lines as written in the file. */
  readonly sourceText: string;
  readonly expected: string;
}

export const FIXTURE_DIR = join(import.meta.dirname, "fixtures");

const HEADER = /^# (.+?)(?: \{([^}]*)\})?$/;

export function fixtureFiles(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

function trimBlankLines(lines: string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === "") start++;
  while (end > start && lines[end - 1].trim() === "") end--;
  return lines.slice(start, end).join("\n");
}

export function readCases(file: string): Case[] {
  const text = readFileSync(join(FIXTURE_DIR, file), "utf8");
  const cases: Case[] = [];
  let header: RegExpExecArray | null = null;
  let source: string[] = [];
  let expected: string[] = [];
  let state: "start" | "source" | "expected" = "start";
  const finish = (): void => {
    if (!header) return;
    cases.push({
      file,
      name: header[1],
      flags: header[2] ? header[2].split(",").map((f) => f.trim()) : [],
      sourceText: trimBlankLines(source),
      expected: trimBlankLines(expected),
    });
  };
  for (const line of text.split("\n")) {
    const isHeader = HEADER.exec(line);
    if (state !== "source" && isHeader) {
      finish();
      header = isHeader;
      source = [];
      expected = [];
      state = "source";
    } else if (state === "source" && line === "==>") {
      state = "expected";
    } else if (state === "source") {
      source.push(line);
    } else if (state === "expected") {
      expected.push(line);
    }
  }
  finish();
  return cases;
}

/** The Python source a case runs. */
export function caseSource(c: Case): string {
  return c.flags.includes("nonl") ? c.sourceText : `${c.sourceText}\n`;
}

/** What the parser makes of a case, in the fixture's expected-output form. */
export function render(source: string): string {
  const { module, diagnostics } = parse(source);
  const lines = diagnostics.map(dumpDiagnostic);
  const tree = dumpModule(module.body);
  if (tree) lines.push(tree);
  return lines.join("\n");
}

export function writeCases(cases: readonly Case[], actual: readonly string[]): string {
  return cases
    .map((c, i) => {
      const flags = c.flags.length > 0 ? ` {${c.flags.join(", ")}}` : "";
      return `# ${c.name}${flags}\n\n${c.sourceText}\n\n==>\n\n${actual[i]}\n`;
    })
    .join("\n");
}
