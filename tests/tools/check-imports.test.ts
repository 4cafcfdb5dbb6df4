import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkImports, findImports, formatViolation, readSourceTree, type SourceFile } from "../../tools/check-imports";

const file = (path: string, text: string): SourceFile => ({ path, text });

describe("findImports", () => {
  it("finds static, multi-line, side-effect, re-export, dynamic and URL imports", () => {
    const text = [
      "import a from './a';", // 1
      "import {", // 2
      "  b,", // 3
      "  c,", // 4
      "} from '../b';", // 5
      "import './side-effect.css';", // 6
      "export * from './c';", // 7
      "export { d } from './d';", // 8
      "const lazy = () => import('./lazy');", // 9
      "const w = new URL('./worker.ts', import.meta.url);", // 10
      "import Worker from './w?worker';", // 11
    ].join("\n");
    expect(findImports(text).map((i) => [i.specifier, i.line])).toEqual([
      ["./a", 1],
      ["../b", 2],
      ["./side-effect.css", 6],
      ["./c", 7],
      ["./d", 8],
      ["./lazy", 9],
      ["./worker.ts", 10],
      ["./w?worker", 11],
    ]);
  });

  it("ignores imports inside comments and strings", () => {
    const text = [
      "// import x from '../ui/App';",
      "/* import y from 'react'; */",
      "const s = \"import z from 'd3'\";",
      "const t = `import('monaco-editor')`;",
      "const py = 'from tornado import gen';",
    ].join("\n");
    expect(findImports(text)).toEqual([]);
  });

  it("tells type-only imports apart", () => {
    const text = [
      "import type { A } from './a';",
      "import { type B, type C } from './b';",
      "import { type D, e } from './d';",
      "export type { F } from './f';",
      "import G from './g';",
    ].join("\n");
    expect(findImports(text).map((i) => [i.specifier, i.typeOnly])).toEqual([
      ["./a", true],
      ["./b", true],
      ["./d", false],
      ["./f", true],
      ["./g", false],
    ]);
  });
});

describe("checkImports", () => {
  it("passes a set that follows the directions", () => {
    const files = [
      file("src/main.tsx", "import { App } from './ui/App';\nimport { createRoot } from 'react-dom/client';"),
      file(
        "src/ui/App.tsx",
        "import { useState } from 'react';\nimport * as d3 from 'd3';\nimport { s } from '../state';",
      ),
      file("src/ui/Editor.tsx", "import * as monaco from 'monaco-editor/editor/editor.api';"),
      file("src/state/store.ts", "import { create } from 'zustand';\nimport { client } from '../worker/client';"),
      file("src/worker/entry.ts", "import { Loop } from '../runtime/loop';\nimport type { Ev } from '../trace/types';"),
      file("src/runtime/loop.ts", "import { run } from '../python/run';\nimport { parseScenario } from '../scenario';"),
      file("src/python/run.ts", "import { ast } from './ast';"),
      file("src/trace/types.ts", "import type { Release } from '../scenario/types';"),
      file("src/scenario/types.ts", "import type { Ev } from '../trace/types';"),
    ];
    expect(checkImports(files)).toEqual([]);
  });

  it("reports runtime importing ui, and runtime importing react", () => {
    const files = [
      file("src/runtime/loop.ts", "import { x } from './x';\nimport { App } from '../ui/App';"),
      file("src/runtime/view.ts", "\n\nimport { useState } from 'react';"),
    ];
    const found = checkImports(files);
    expect(found.map(formatViolation)).toEqual([
      "src/runtime/loop.ts:2: runtime may not import ui ('../ui/App')",
      "src/runtime/view.ts:3: runtime may not import React (react); only ui, entry may ('react')",
    ]);
  });

  it("reports each upward or sideways import with its line", () => {
    const files = [
      file("src/python/a.ts", "import { loop } from '../runtime/loop';"),
      file("src/trace/a.ts", "import { parse } from '../scenario/parse';"),
      file("src/trace/b.ts", "import { step } from '../runtime';"),
      file("src/scenario/a.ts", "\nimport { store } from '../state/store';"),
      file("src/worker/a.ts", "import { store } from '../state';"),
      file("src/state/a.ts", "import { App } from '../ui/App';\nimport { loop } from '../runtime/loop';"),
      file("src/ui/a.ts", "import { loop } from '../runtime/loop';\nimport { compile } from '../python';"),
    ];
    expect(checkImports(files).map((v) => `${v.file}:${v.line} ${v.message}`)).toEqual([
      "src/python/a.ts:1 python may not import runtime",
      "src/scenario/a.ts:2 scenario may not import state",
      "src/state/a.ts:1 state may not import ui",
      "src/state/a.ts:2 state may not import runtime",
      "src/trace/a.ts:1 trace may import only types from scenario (use `import type`)",
      "src/trace/b.ts:1 trace may not import runtime",
      "src/ui/a.ts:1 ui may not import runtime",
      "src/ui/a.ts:2 ui may not import python",
      "src/worker/a.ts:1 worker may not import state",
    ]);
  });

  it("keeps zustand in state, and D3 and Monaco in ui", () => {
    const files = [
      file("src/ui/a.tsx", "import { create } from 'zustand';"),
      file("src/trace/a.ts", "import { scaleLinear } from 'd3-scale';"),
      file("src/worker/a.ts", "import * as monaco from 'monaco-editor';"),
      file("src/python/a.ts", "import { jsx } from 'react/jsx-runtime';"),
      file("src/state/a.ts", "import { select } from 'd3';"),
    ];
    expect(checkImports(files).map((v) => `${v.file} ${v.message}`)).toEqual([
      "src/python/a.ts python may not import React (react); only ui, entry may",
      "src/state/a.ts state may not import D3 (d3); only ui may",
      "src/trace/a.ts trace may not import D3 (d3-scale); only ui may",
      "src/ui/a.tsx ui may not import zustand (zustand); only state may",
      "src/worker/a.ts worker may not import Monaco (monaco-editor); only ui may",
    ]);
  });

  it("catches a forbidden import hidden in a multi-line or dynamic import", () => {
    const files = [
      file("src/runtime/a.ts", "import {\n  a,\n  b,\n} from '../ui/widgets';"),
      file("src/python/b.ts", "async function f() {\n  return import('../worker/entry');\n}"),
    ];
    expect(checkImports(files).map((v) => `${v.file}:${v.line}`)).toEqual(["src/python/b.ts:2", "src/runtime/a.ts:1"]);
  });

  it("reports an import that leaves src/", () => {
    const found = checkImports([file("src/runtime/a.ts", "import { t } from '../../tests/helpers';")]);
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe("runtime imports tests/helpers, outside src/");
  });

  it("finds no violation in the real source tree", () => {
    const root = resolve(import.meta.dirname, "../..");
    const files = readSourceTree(root);
    expect(files.length).toBeGreaterThan(0);
    expect(files.some((f) => f.path === "src/main.tsx")).toBe(true);
    expect(checkImports(files).map(formatViolation)).toEqual([]);
  });
});
