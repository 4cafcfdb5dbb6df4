import { dottedChainAt, tornadoDocFor } from "./tornadoDocs";
import type { monaco } from "./monaco";

type Monaco = typeof monaco;

/**
 * Registers the hover that describes Tornado names in Python code (see
 * ./tornadoDocs.ts). Returns the registration; dispose of it with the editor.
 */
export function registerTornadoHover(m: Monaco): monaco.IDisposable {
  return m.languages.registerHoverProvider("python", {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word) return null;
      const line = model.getLineContent(position.lineNumber);
      const chain = dottedChainAt(line, word.startColumn - 1, word.endColumn - 1);
      const doc = tornadoDocFor(chain);
      if (!doc) return null;
      return {
        range: new m.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: [{ value: `**${doc.name}**` }, { value: doc.doc }],
      };
    },
  });
}
