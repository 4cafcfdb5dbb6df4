// Checks that the folders of src/ import one another only in the directions
// ARCHITECTURE.md allows, and that React, zustand, D3 and Monaco stay where
// they belong. Run: `tsx tools/check-imports.ts` (part of `npm run lint`).
import { readdirSync, readFileSync } from "node:fs";
import { posix, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { AREA_RULES, areaOf, PACKAGE_RULES, packageName, type Area } from "./imports/rules";
import { findImports } from "./imports/scan";

export { findImports, type FoundImport } from "./imports/scan";

/** A source file to check: a repository-relative posix path and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** One import that breaks the rules. */
export interface Violation {
  file: string;
  line: number;
  specifier: string;
  message: string;
}

function checkOurs(from: Area, file: string, specifier: string, typeOnly: boolean): string | null {
  const target = posix.normalize(posix.join(posix.dirname(file), specifier.replace(/\?.*$/, "")));
  const to = areaOf(target);
  if (to === null) {
    return target.startsWith("src/")
      ? `${from} imports ${target}, which is in no known src/ folder`
      : `${from} imports ${target}, outside src/`;
  }
  const rule = AREA_RULES[from];
  if (rule.may.includes(to)) return null;
  if (rule.typesOnly?.includes(to)) {
    return typeOnly ? null : `${from} may import only types from ${to} (use \`import type\`)`;
  }
  return `${from} may not import ${to}`;
}

function checkPackage(from: Area, specifier: string): string | null {
  const name = packageName(specifier);
  const rule = PACKAGE_RULES.find((r) => r.name.test(name));
  if (!rule || rule.allowedIn.includes(from)) return null;
  return `${from} may not import ${rule.label} (${name}); only ${rule.allowedIn.join(", ")} may`;
}

/**
 * Returns every import in `files` that breaks the import directions, in file
 * and line order. Files outside the checked src/ folders are ignored.
 */
export function checkImports(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const from = areaOf(file.path);
    if (from === null) continue;
    for (const imp of findImports(file.text)) {
      const message = imp.specifier.startsWith(".")
        ? checkOurs(from, file.path, imp.specifier, imp.typeOnly)
        : checkPackage(from, imp.specifier);
      if (message) violations.push({ file: file.path, line: imp.line, specifier: imp.specifier, message });
    }
  }
  return violations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Reads every .ts/.tsx file under `root`/src, with repository-relative posix paths. */
export function readSourceTree(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = resolve(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        files.push({ path: relative(root, full).split(sep).join("/"), text: readFileSync(full, "utf8") });
      }
    }
  };
  walk(resolve(root, "src"));
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** One line per violation: `file:line: message (specifier)`. */
export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line}: ${v.message} ('${v.specifier}')`;
}

function main(): number {
  const root = resolve(process.argv[2] ?? resolve(fileURLToPath(import.meta.url), "../.."));
  const files = readSourceTree(root);
  const violations = checkImports(files);
  for (const v of violations) console.error(formatViolation(v));
  if (violations.length > 0) {
    console.error(`check-imports: ${violations.length} import(s) break the directions in ARCHITECTURE.md`);
    return 1;
  }
  console.log(`check-imports: ${files.length} files, import directions respected`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
