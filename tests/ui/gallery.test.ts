import { describe, expect, it } from "vitest";
import { GALLERY } from "../../src/scenario/gallery";
import { firstSentence } from "../../src/ui/gallery/firstSentence";

describe("the Examples dialog's one-line gists", () => {
  it("stop at the end of the first sentence, not at a dot inside a name", () => {
    expect(firstSentence("Waits with yield gen.sleep(0.3) instead. Then it answers.")).toBe(
      "Waits with yield gen.sleep(0.3) instead.",
    );
    expect(firstSentence("Answers after 150 ms. /sequential waits")).toBe("Answers after 150 ms.");
    expect(firstSentence("No full stop at all")).toBe("No full stop at all");
  });

  it("give every gallery example a gist that is a whole sentence of its explanation", () => {
    for (const e of GALLERY) {
      const gist = firstSentence(e.explanation);
      expect(e.explanation.startsWith(gist), e.id).toBe(true);
      expect(gist, e.id).toMatch(/[.!?]$/);
      expect(gist.length, e.id).toBeLessThan(e.explanation.length);
    }
  });
});
