import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { caseSource, FIXTURE_DIR, fixtureFiles, readCases, render, writeCases } from "./fixtures";

// UPDATE_GOLDEN=1 rewrites each fixture's expected output with what the parser now
// produces; review the diff by eye before committing it.
const update = process.env.UPDATE_GOLDEN === "1";

for (const file of fixtureFiles()) {
  describe(file, () => {
    const cases = readCases(file);
    const actual: string[] = cases.map((c) => c.expected);
    if (update) {
      afterAll(() => writeFileSync(join(FIXTURE_DIR, file), writeCases(cases, actual)));
    }
    cases.forEach((c, i) => {
      it(c.name, () => {
        actual[i] = render(caseSource(c));
        if (!update) expect(actual[i]).toBe(c.expected);
      });
    });
  });
}
