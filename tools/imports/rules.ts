/** The folders of src/ whose imports are checked, plus `entry` for files directly in src/. */
export type Area = "ui" | "state" | "worker" | "runtime" | "python" | "trace" | "scenario" | "entry";

/** What one area may import of ours. `typesOnly` areas may be imported with `import type` only. */
interface AreaRule {
  may: readonly Area[];
  typesOnly?: readonly Area[];
}

/**
 * The import directions of ARCHITECTURE.md: downward only,
 * ui → state → worker → runtime → python; trace and scenario are leaves that
 * share types with each other; nothing imports ui but ui and the page entry.
 */
export const AREA_RULES: Readonly<Record<Area, AreaRule>> = {
  entry: { may: ["entry", "ui", "state", "worker", "trace", "scenario"] },
  ui: { may: ["ui", "state", "worker", "trace", "scenario"] },
  state: { may: ["state", "worker", "trace", "scenario"] },
  worker: { may: ["worker", "runtime", "python", "trace", "scenario"] },
  runtime: { may: ["runtime", "python", "trace", "scenario"] },
  python: { may: ["python"] },
  trace: { may: ["trace"], typesOnly: ["scenario"] },
  scenario: { may: ["scenario"], typesOnly: ["trace"] },
};

/** A package only some areas may use. */
interface PackageRule {
  /** Matches the package name (`react`, `d3-scale`, `@monaco-editor/react`). */
  name: RegExp;
  label: string;
  allowedIn: readonly Area[];
}

/** React, zustand, D3 and Monaco stay in the view and store layers. */
export const PACKAGE_RULES: readonly PackageRule[] = [
  { name: /^(react|react-dom)$/, label: "React", allowedIn: ["ui", "entry"] },
  { name: /^zustand$/, label: "zustand", allowedIn: ["state"] },
  { name: /^d3(-.*)?$/, label: "D3", allowedIn: ["ui"] },
  { name: /^(monaco-editor|@monaco-editor\/.*)$/, label: "Monaco", allowedIn: ["ui"] },
];

const AREAS = new Set<string>(["ui", "state", "worker", "runtime", "python", "trace", "scenario"]);

/**
 * The area of a repository-relative posix path (a file, or a folder imported
 * through its index), `entry` for another file directly in src/, or null for a
 * path outside src/ or in an unknown src/ folder.
 */
export function areaOf(path: string): Area | null {
  const parts = path.split("/");
  if (parts[0] !== "src" || parts.length < 2) return null;
  if (AREAS.has(parts[1])) return parts[1] as Area;
  return parts.length === 2 ? "entry" : null;
}

/** The package name of a bare specifier: `react` of `react/jsx-runtime`, `@a/b` of `@a/b/c`. */
export function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
