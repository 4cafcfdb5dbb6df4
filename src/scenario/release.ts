/**
 * Editing the `# tornado:` line, the one place a scenario names its release.
 */
import { splitLines } from "./lines";
import { matchDirective } from "./directives";
import type { Release } from "./types";

/**
 * The text with its release set to `release`: every `# tornado:` directive line
 * (valid or not) becomes `# tornado: RELEASE`; with none, that line is inserted at
 * the top with the text's own line ending. Every other character stays as it was.
 */
export function setRelease(text: string, release: Release): string {
  const directive = `# tornado: ${release}`;
  const lines = splitLines(text);
  let found = false;
  const out = lines.map((l) => {
    if (matchDirective(l.text)?.keyword !== "tornado") return l.text + l.ending;
    found = true;
    return directive + l.ending;
  });
  if (found) return out.join("");
  const eol = lines.find((l) => l.ending !== "")?.ending ?? "\n";
  return directive + eol + text;
}
