/**
 * Golden text fixtures in Lezer's test form: a case starts with a line `=== NAME`,
 * then its input, a line `==>`, and the expected output up to the next case.
 * Blank lines at the end of an input or output are dropped.
 */
import { readFileSync } from "node:fs";

export interface GoldenCase {
  readonly name: string;
  readonly input: string;
  readonly expected: string;
  /** 1-based line of the `=== NAME` header, for failure messages. */
  readonly line: number;
}

/** The cases of one fixture file. */
export function readGolden(path: string): GoldenCase[] {
  const lines = readFileSync(path, "utf8").split("\n");
  const cases: GoldenCase[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!lines[i].startsWith("=== ")) {
      i++;
      continue;
    }
    const name = lines[i].slice(4).trim();
    const line = i + 1;
    const input: string[] = [];
    const expected: string[] = [];
    i++;
    while (i < lines.length && lines[i] !== "==>") input.push(lines[i++]);
    if (i >= lines.length) throw new Error(`${path}:${line}: case ${name} has no ==> line`);
    i++;
    while (i < lines.length && !lines[i].startsWith("=== ")) expected.push(lines[i++]);
    cases.push({ name, line, input: trimEnd(input), expected: trimEnd(expected) });
  }
  return cases;
}

function trimEnd(lines: string[]): string {
  const out = [...lines];
  while (out.length > 0 && out[out.length - 1].trim() === "") out.pop();
  return out.join("\n");
}
