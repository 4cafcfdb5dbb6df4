import { defineConfig } from "vitest/config";

/**
 * Unit tests run in Node: the engine (python, runtime, trace, scenario) touches
 * no DOM. A UI test that needs one opts in with a
 * `// @vitest-environment jsdom` comment at the top of its file.
 */
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/**/*.test.ts", "src/**/*.test.ts"],
    exclude: ["e2e/**", "node_modules/**", "dist/**"],
  },
});
